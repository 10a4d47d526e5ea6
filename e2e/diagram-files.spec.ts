import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openApp, tableNames, tableNode, waitForSaved } from './helpers';

async function exportDiagram(page: import('@playwright/test').Page): Promise<{ text: string; path: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const download = await downloading;
  const path = await download.path();
  return { text: await readFile(path, 'utf8'), path };
}

test('export JSON, import it into an empty profile, and get the same diagram', async ({ page, browser }) => {
  await openApp(page);
  // Make the diagram differ from the starter so the test proves the edit travels.
  await page.getByRole('button', { name: 'Add table' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Properties' });
  await panel.getByLabel('Table name').fill('shipments');
  await panel.getByLabel('Table name').press('Enter');
  await expect(tableNode(page, 'shipments')).toBeVisible();
  await waitForSaved(page);
  const exported = await exportDiagram(page);
  const original = JSON.parse(exported.text);
  expect(original.format).toBe('erd-modeler/diagram');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other);
  expect(await tableNames(other)).not.toContain('shipments');
  await other.getByLabel('Import diagram file').setInputFiles(exported.path);
  await expect(tableNode(other, 'shipments')).toBeVisible();
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
  const reexported = JSON.parse((await exportDiagram(other)).text);
  expect(reexported).toEqual(original);
  await fresh.close();
});

test('a broken file shows what is wrong and where, and the open diagram is untouched', async ({ page }) => {
  await openApp(page);
  const before = await tableNames(page);
  const diagramSelect = page.getByLabel('Open diagram');
  const selectedBefore = await diagramSelect.inputValue();

  await page.getByLabel('Import diagram file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "format": "erd-modeler/diagram",\n  "version": 1,\n  "diagram": {\n') });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not import broken.json');
  await expect(alert).toContainText(/line \d+, column \d+/);
  expect(await tableNames(page)).toEqual(before);
  await alert.getByRole('button', { name: 'Dismiss message' }).click();

  const dangling = {
    format: 'erd-modeler/diagram',
    version: 1,
    diagram: {
      id: 'd1',
      name: 'Dangling',
      tables: [
        { id: 't1', name: 'a', position: { x: 0, y: 0 }, columns: [{ id: 'c1', name: 'x', type: { name: 'integer' }, nullable: false }], foreignKeys: [{ id: 'f1', columns: ['c1'], refTableId: 'nope', refColumns: ['c9'] }] },
      ],
    },
  };
  await page.getByLabel('Import diagram file').setInputFiles({ name: 'dangling.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dangling)) });
  await expect(alert).toContainText('diagram.tables[0].foreignKeys[0].refTableId');
  await expect(alert).toContainText('"nope"');
  expect(await tableNames(page)).toEqual(before);
  await expect(diagramSelect).toHaveValue(selectedBefore);
});

test('diagrams can be created, switched, duplicated and deleted with undo', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Diagram ▾' }).click();
  await page.getByRole('button', { name: 'New diagram' }).click();
  await expect(page.locator('.table-node')).toHaveCount(0);
  await page.getByRole('tabpanel', { name: 'Properties' }).getByLabel('Diagram name').fill('Inventory');
  await page.getByRole('tabpanel', { name: 'Properties' }).getByLabel('Diagram name').press('Enter');
  await waitForSaved(page);
  const select = page.getByLabel('Open diagram');
  await expect(select.locator('option')).toHaveCount(2);
  await expect(select.locator('option', { hasText: 'Inventory' })).toHaveCount(1);

  await select.selectOption({ label: 'E-commerce (4 tables)' });
  await expect(tableNode(page, 'users')).toBeVisible();

  await page.getByRole('button', { name: 'Diagram ▾' }).click();
  await page.getByRole('button', { name: 'Duplicate diagram' }).click();
  await expect(select.locator('option', { hasText: 'E-commerce (copy)' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Diagram ▾' }).click();
  await page.getByRole('button', { name: 'Delete diagram' }).click();
  await page.getByRole('alertdialog', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  await expect(select.locator('option', { hasText: 'E-commerce (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Diagram ▾' }).click();
  await page.getByRole('button', { name: /Undo delete/ }).click();
  await expect(select.locator('option', { hasText: 'E-commerce (copy)' })).toHaveCount(1);

  await page.reload();
  await expect(select.locator('option')).toHaveCount(3);
});

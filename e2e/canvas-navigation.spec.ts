import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { diagramImageSize, serializeDocument, syntheticDiagram } from '../src/core/index';
import { columnRow, openApp, tableNames, tableNode } from './helpers';

async function headerBox(page: Page, table: string) {
  const box = await tableNode(page, table).locator('.table-node__header').boundingBox();
  if (!box) throw new Error(`${table} has no box`);
  return box;
}

test('Ctrl+K finds a column and jumps to its table', async ({ page }) => {
  await openApp(page);
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search tables and columns' });
  await dialog.getByLabel('Search tables and columns').fill('product_id');
  await expect(dialog.getByRole('option').first()).toContainText('order_items.product_id');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('tabpanel', { name: 'Properties' }).getByLabel('Table name')).toHaveValue('order_items');
  await expect(columnRow(page, 'order_items', 'product_id')).toHaveClass(/is-highlighted/);
});

test('a group moves its tables together, as one undo step', async ({ page }) => {
  await openApp(page);
  await tableNode(page, 'users').locator('.table-node__header').click();
  await tableNode(page, 'orders').locator('.table-node__header').click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Group tables' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Properties' });
  await panel.getByLabel('Group name').fill('Customers');
  await panel.getByLabel('Group name').press('Enter');
  const title = page.locator('.group-area[data-group-name="Customers"] .group-area__title');
  await expect(title).toBeVisible();

  const usersBefore = await headerBox(page, 'users');
  const ordersBefore = await headerBox(page, 'orders');
  const productsBefore = await headerBox(page, 'products');
  const t = (await title.boundingBox())!;
  await page.mouse.move(t.x + 20, t.y + t.height / 2);
  await page.mouse.down();
  await page.mouse.move(t.x + 60, t.y + 120, { steps: 12 });
  await page.mouse.up();
  const usersAfter = await headerBox(page, 'users');
  const ordersAfter = await headerBox(page, 'orders');
  expect(usersAfter.y - usersBefore.y).toBeGreaterThan(60);
  expect(Math.round(ordersAfter.y - ordersBefore.y)).toBe(Math.round(usersAfter.y - usersBefore.y));
  expect(Math.round(ordersAfter.x - ordersBefore.x)).toBe(Math.round(usersAfter.x - usersBefore.x));
  expect((await headerBox(page, 'products')).y).toBeCloseTo(productsBefore.y, 0);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await headerBox(page, 'orders')).y)).toBe(Math.round(ordersBefore.y));
  await expect.poll(async () => Math.round((await headerBox(page, 'users')).y)).toBe(Math.round(usersBefore.y));
});

test('copy and paste tables, and collapse a table to its keys', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await tableNode(page, 'products').locator('.table-node__header').click();
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(tableNode(page, 'products_copy')).toBeVisible();
  await expect(tableNode(page, 'products_copy').locator('.table-node__row')).toHaveCount(7);
  await page.keyboard.press('Control+z');
  await expect(tableNode(page, 'products_copy')).toHaveCount(0);

  await page.getByRole('button', { name: 'Collapse users to its keys' }).click();
  await expect(tableNode(page, 'users').locator('.table-node__row')).toHaveCount(2); // id (PK) and email (UNIQUE)
  await page.getByRole('button', { name: 'Expand users' }).click();
  await expect(tableNode(page, 'users').locator('.table-node__row')).toHaveCount(6);
});

test('a 500-table diagram exports to PNG and SVG at its full size', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  const diagram = syntheticDiagram({ tables: 500 });
  await page.getByLabel('Import diagram file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(serializeDocument(diagram)) });
  await expect(page.getByLabel('Open diagram')).toContainText('Synthetic 500 tables');
  await expect(page.locator('.react-flow__node-table').first()).toBeVisible();
  expect((await tableNames(page)).length).toBeGreaterThan(0);
  const expected = diagramImageSize(diagram, {});

  for (const format of ['PNG', 'SVG'] as const) {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('button', { name: 'Export image (PNG, SVG)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.getByLabel(format).check();
    await expect(dialog.getByLabel('Image size')).toHaveText(`${expected.width} × ${expected.height} px`);
    const downloading = page.waitForEvent('download', { timeout: 150_000 });
    await dialog.getByRole('button', { name: `Download ${format}` }).click();
    const file = await readFile(await (await downloading).path());
    if (format === 'PNG') {
      expect([...file.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
      expect(file.subarray(12, 16).toString('latin1')).toBe('IHDR');
      expect(file.readUInt32BE(16)).toBe(expected.width);
      expect(file.readUInt32BE(20)).toBe(expected.height);
      expect(file.subarray(file.length - 8, file.length - 4).toString('latin1')).toBe('IEND');
      expect(file.length).toBeGreaterThan(50_000);
    } else {
      const text = file.toString('utf8');
      expect(text).toMatch(new RegExp(`^<svg [^>]*width="${expected.width}" height="${expected.height}"`));
      expect(text.match(/<g class="table"/g)?.length).toBe(500);
      expect(text).toContain('table_499');
    }
  }
});

test('the dark theme and the shortcut sheet', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'View ▾' }).click();
  await page.getByLabel('Dark theme').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Ctrl+K');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

import { expect, test } from '@playwright/test';
import { openApp, tableNames, tableNode } from './helpers';

const example = new URL('../examples/normalization.json', import.meta.url).pathname;

test('declare a dependency, see the normal form change, decompose to 3NF, undo', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Import diagram file').setInputFiles(example);
  await expect(tableNode(page, 'employees')).toBeVisible();

  await page.getByRole('tab', { name: 'Normalization' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Normalization' });
  // With nothing selected the panel lists every table with its badge.
  await expect(panel.getByLabel('Normal form of orders')).toHaveText('not 1NF');
  await expect(panel.getByLabel('Normal form of order_items')).toHaveText('1NF');

  await tableNode(page, 'employees').locator('.table-node__header').click();
  const badge = panel.getByLabel('Normal form of employees');
  await expect(badge).toHaveText('2NF');
  // The same verdict on the table's header on the canvas.
  const canvasBadge = tableNode(page, 'employees').locator('.nf-badge');
  await expect(canvasBadge).toHaveText('2NF');
  await expect(panel.getByRole('region', { name: 'Violations' })).toContainText('department_id, which is not a key');

  // Remove the declared dependency: only the key is left, and the table is in 5NF.
  await panel.getByRole('button', { name: 'Remove dependency department_id -> department_name, department_location' }).click();
  await expect(badge).toHaveText('5NF');
  await expect(canvasBadge).toHaveText('5NF');

  // Declare it again as text in the editor; a typo is pointed at by line and column first.
  const editor = panel.locator('.code-editor .monaco-editor');
  await expect(editor).toBeVisible();
  const typeInEditor = async (text: string) => {
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
  };
  await typeInEditor('department_id -> department_nme');
  await expect(panel.getByLabel('Problems in the dependency text')).toContainText('line 1, column 18: employees has no column "department_nme"');
  await expect(editor.locator('.squiggly-error')).not.toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Apply text' })).toBeDisabled();
  await typeInEditor('department_id -> department_name, department_location');
  await panel.getByRole('button', { name: 'Apply text' }).click();
  await expect(badge).toHaveText('2NF');

  // Decompose: the preview shows the new table and the moved columns before anything changes.
  await panel.getByRole('button', { name: 'Decompose to 3NF', exact: true }).click();
  const preview = panel.getByRole('region', { name: 'Decomposition preview (3NF)' });
  await expect(preview.locator('[data-planned-table="departments_2"]')).toContainText('department_name (moved)');
  await expect(preview).toContainText('department_id → departments_2(department_id)');
  expect(await tableNames(page)).not.toContain('departments_2');
  await preview.getByRole('button', { name: 'Apply decomposition' }).click();
  await expect(tableNode(page, 'departments_2')).toBeVisible();
  await expect(badge).toHaveText('5NF');
  await expect(page.locator('.relationship-edge')).toHaveCount(1);

  // One undo step takes the whole decomposition back.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(tableNode(page, 'departments_2')).toHaveCount(0);
  await expect(badge).toHaveText('2NF');
  await expect(page.locator('.relationship-edge')).toHaveCount(0);
});

test('accept a suggestion from the model', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Import diagram file').setInputFiles(example);
  await expect(tableNode(page, 'employees')).toBeVisible();
  await page.getByRole('tab', { name: 'Normalization' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Normalization' });
  await tableNode(page, 'employees').locator('.table-node__header').click();
  await panel.getByRole('button', { name: 'Remove dependency department_id -> department_name, department_location' }).click();
  await expect(panel.getByLabel('Normal form of employees')).toHaveText('5NF');
  // The model suggests it back (department_* copies departments' columns); nothing changes until accepted.
  const suggestions = panel.getByRole('region', { name: 'Suggestions' });
  await suggestions.getByRole('button', { name: 'Accept department_id -> department_name, department_location' }).click();
  await expect(panel.getByLabel('Normal form of employees')).toHaveText('2NF');
});

test('find dependencies in pasted sample rows (TANE in a worker) and accept one', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Import diagram file').setInputFiles(example);
  await expect(tableNode(page, 'employees')).toBeVisible();
  await page.getByRole('tab', { name: 'Normalization' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Normalization' });
  await tableNode(page, 'employees').locator('.table-node__header').click();
  await panel.getByRole('button', { name: 'Remove dependency department_id -> department_name, department_location' }).click();
  await expect(panel.getByLabel('Normal form of employees')).toHaveText('5NF');

  await panel.getByText('Find dependencies in sample rows').click();
  await panel.getByLabel('Sample rows of employees (CSV)').fill(
    ['id,name,department_id,department_name,department_location', '1,Ann,10,Sales,Paris', '2,Bob,10,Sales,Paris', '3,Cy,20,IT,Oslo', '4,Di,30,IT,Rome', '5,Ann,20,IT,Oslo'].join('\n'),
  );
  await panel.getByRole('button', { name: 'Find dependencies' }).click();
  const mined = panel.getByLabel('Mined dependencies');
  await expect(mined).toContainText('5 rows');
  await mined.getByRole('button', { name: 'Accept department_id -> department_name' }).click();
  await expect(panel.getByLabel('Normal form of employees')).toHaveText('2NF');
});

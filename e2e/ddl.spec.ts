import { expect, test, type Page } from '@playwright/test';
import { openApp, tableNode } from './helpers';

/** The DDL panel's editor text as Monaco renders it (visible lines; spaces as non-breaking spaces). */
function ddlText(page: Page) {
  return page.getByRole('tabpanel', { name: 'DDL' }).locator('.monaco-editor .view-lines');
}

test('the DDL panel shows the starter diagram in PostgreSQL and MySQL, copies and downloads it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  await page.getByRole('tab', { name: 'DDL' }).click();
  const panel = page.getByRole('tabpanel', { name: 'DDL' });
  await expect(ddlText(page)).toContainText('CREATE TABLE users');
  await expect(ddlText(page)).toContainText('SERIAL PRIMARY KEY');
  await expect(panel.getByRole('heading', { name: 'No warnings' })).toBeVisible();

  await panel.getByRole('radio', { name: 'MySQL' }).check();
  await expect(ddlText(page)).toContainText('ENGINE=InnoDB');
  await expect(ddlText(page)).toContainText('AUTO_INCREMENT');

  await panel.getByRole('button', { name: 'Copy MySQL DDL' }).click();
  await expect(panel.getByRole('status')).toHaveText('Copied the MySQL DDL');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('ENGINE=InnoDB');

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download MySQL DDL as .sql' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.mysql\.sql$/);
});

test('the DDL follows edits of the model, and lists what MySQL cannot express', async ({ page }) => {
  await openApp(page);
  // Rename a table in the properties panel; the DDL tab shows the new name.
  await tableNode(page, 'products').locator('.table-node__header').click();
  const properties = page.getByRole('tabpanel', { name: 'Properties' });
  await properties.getByLabel('Table name').fill('catalog_items');
  await properties.getByLabel('Table name').press('Enter');
  await expect(tableNode(page, 'catalog_items')).toBeVisible();
  await page.getByRole('tab', { name: 'DDL' }).click();
  await page.getByRole('tabpanel', { name: 'DDL' }).getByRole('radio', { name: 'PostgreSQL' }).check();
  await expect(ddlText(page)).toContainText('CREATE TABLE catalog_items');

  // Undo from the toolbar while the DDL panel is open: it follows live.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(ddlText(page)).toContainText('CREATE TABLE products');
  await expect(ddlText(page)).not.toContainText('catalog_items');

  // An array column: PostgreSQL writes it; MySQL lists a warning naming table and column.
  await tableNode(page, 'users').locator('.table-node__header').click();
  await page.getByRole('tab', { name: 'Properties' }).click();
  await properties.getByRole('button', { name: 'Add column' }).click();
  await properties.getByLabel('Column new_column name').fill('tags');
  await properties.getByLabel('Column new_column name').press('Enter');
  await properties.getByLabel('Column tags type').fill('text[]');
  await properties.getByLabel('Column tags type').press('Enter');
  await page.getByRole('tab', { name: 'DDL' }).click();
  const panel = page.getByRole('tabpanel', { name: 'DDL' });
  await expect(ddlText(page)).toContainText('tags TEXT[]');
  await panel.getByRole('radio', { name: 'MySQL' }).check();
  await expect(ddlText(page)).toContainText('tags JSON');
  await expect(panel.getByRole('region', { name: 'DDL warnings' })).toContainText('users.tags: MySQL has no array columns');
  // The warning is also a squiggle on the table's CREATE TABLE line.
  await expect(panel.locator('.monaco-editor .squiggly-warning').first()).toBeAttached();
});

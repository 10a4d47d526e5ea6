import { expect, test } from '@playwright/test';
import { columnRow, dragBetween, openApp, tableNames, tableNode, waitForSaved } from './helpers';

test('a new user sees the seed e-commerce diagram with its relationships', async ({ page }) => {
  await openApp(page);
  expect(await tableNames(page)).toEqual(['order_items', 'orders', 'products', 'users']);
  await expect(page.locator('.relationship-edge')).toHaveCount(3);
  await expect(columnRow(page, 'orders', 'user_id')).toContainText('FK');
  await expect(columnRow(page, 'users', 'id')).toContainText('PK');
  // Crow's foot: many orders per user (optional many), exactly one user per order.
  await expect(page.locator('.relationship-edge__end[data-end="zero-or-many"]')).toHaveCount(3);
  await expect(page.locator('.relationship-edge__end[data-end="exactly-one"]')).toHaveCount(3);
});

test('create a table, add columns, connect it, and find everything after a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add table' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Properties' });
  await panel.getByLabel('Table name').fill('reviews');
  await panel.getByLabel('Table name').press('Enter');
  await expect(tableNode(page, 'reviews')).toBeVisible();

  await panel.getByRole('button', { name: 'Add column' }).click();
  await panel.getByLabel('Column new_column name').fill('rating');
  await panel.getByLabel('Column new_column name').press('Enter');
  await panel.getByLabel('Column rating type').fill('smallint');
  await panel.getByLabel('Column rating type').press('Enter');
  await panel.getByLabel('Column rating not null').check();
  await panel.getByRole('button', { name: 'Add column' }).click();
  await panel.getByLabel('Column new_column name').fill('body');
  await panel.getByLabel('Column new_column name').press('Enter');
  await panel.getByLabel('Column body type').fill('text');
  await panel.getByLabel('Column body type').press('Enter');
  await expect(columnRow(page, 'reviews', 'rating')).toContainText('smallint');
  await expect(columnRow(page, 'reviews', 'body')).toContainText('text?');

  // Move the new table clear of the others, then drop products.id on it: a product_id column and a foreign key appear.
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await page.waitForTimeout(300);
  const edgesBefore = await page.locator('.relationship-edge').count();
  await tableNode(page, 'reviews').hover();
  await dragBetween(page, columnRow(page, 'products', 'id').locator('.react-flow__handle-left'), tableNode(page, 'reviews').locator('.table-node__header'));
  await expect(page.locator('.relationship-edge')).toHaveCount(edgesBefore + 1);
  await expect(columnRow(page, 'reviews', 'product_id')).toContainText('FK');

  // Column to column: reviews.rating is not a key, users.id is; the FK goes from rating to users.id whichever way it is drawn.
  await dragBetween(page, columnRow(page, 'users', 'id').locator('.react-flow__handle-right'), columnRow(page, 'reviews', 'rating').locator('.react-flow__handle-left'));
  await expect(page.locator('.relationship-edge')).toHaveCount(edgesBefore + 2);
  await expect(columnRow(page, 'reviews', 'rating')).toContainText('FK');

  await waitForSaved(page);
  await page.reload();
  await expect(tableNode(page, 'reviews')).toBeVisible();
  expect(await tableNames(page)).toEqual(['order_items', 'orders', 'products', 'reviews', 'users']);
  await expect(columnRow(page, 'reviews', 'rating')).toContainText('smallint');
  await expect(columnRow(page, 'reviews', 'product_id')).toContainText('FK');
  await expect(page.locator('.relationship-edge')).toHaveCount(edgesBefore + 2);
});

test('undo and redo every edit, from the keyboard and the toolbar', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Add table' }).click();
  await expect(tableNode(page, 'new_table')).toBeVisible();
  const panel = page.getByRole('tabpanel', { name: 'Properties' });
  await panel.getByLabel('Table name').fill('audit_log');
  await panel.getByLabel('Table name').press('Enter');
  await expect(tableNode(page, 'audit_log')).toBeVisible();

  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+z');
  await expect(tableNode(page, 'new_table')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(tableNode(page, 'new_table')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(tableNode(page, 'new_table')).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(tableNode(page, 'audit_log')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tableNode(page, 'new_table')).toBeVisible();

  // Deleting a table takes its relationships with it, and undo brings both back.
  await tableNode(page, 'users').locator('.table-node__header').click();
  await page.keyboard.press('Delete');
  await expect(tableNode(page, 'users')).toHaveCount(0);
  await expect(page.locator('.relationship-edge')).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(tableNode(page, 'users')).toBeVisible();
  await expect(page.locator('.relationship-edge')).toHaveCount(3);
});

test('dragging a table moves it and is one undo step', async ({ page }) => {
  await openApp(page);
  const header = tableNode(page, 'users').locator('.table-node__header');
  const before = await header.boundingBox();
  if (!before) throw new Error('no box');
  await page.mouse.move(before.x + 30, before.y + 10);
  await page.mouse.down();
  await page.mouse.move(before.x + 80, before.y + 110, { steps: 12 });
  await page.mouse.up();
  const after = await header.boundingBox();
  expect(after!.y - before.y).toBeGreaterThan(50);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await header.boundingBox())!.y)).toBe(Math.round(before.y));
});

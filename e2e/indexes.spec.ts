import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, tableNode } from './helpers';

const example = new URL('../examples/ecommerce.json', import.meta.url).pathname;

test('paste queries, verify a suggestion with the PostgreSQL planner, apply it, see it in the DDL', async ({ page }) => {
  test.setTimeout(180_000);
  await openApp(page);
  await page.getByLabel('Import diagram file').setInputFiles(example);
  await expect(tableNode(page, 'orders')).toBeVisible();

  await page.getByRole('tab', { name: 'Indexes' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Indexes' });
  // Schema rules alone: the two unindexed foreign keys, never order_items(order_id).
  await expect(panel.getByLabel('Suggestion CREATE INDEX idx_orders_user_id ON orders (user_id)')).toBeVisible();
  await expect(panel.getByLabel('Suggestion CREATE INDEX idx_order_items_product_id ON order_items (product_id)')).toBeVisible();
  await expect(panel.getByText(/order_items \(order_id\)/)).toHaveCount(0);

  // The workload, pasted into the Queries editor (Monaco): a lookup by user, an anti-pattern, a typo.
  const editor = panel.locator('.code-editor .monaco-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.insertText("SELECT id, status FROM orders WHERE user_id = $1 ORDER BY created_at DESC LIMIT 20;\nSELECT * FROM users WHERE email LIKE '%@gmail.com';\nSELEC oops;");
  await expect(panel.getByLabel('Problems in the queries')).toContainText('line 3');
  await expect(editor.locator('.squiggly-error')).not.toHaveCount(0);
  const suggestion = panel.getByLabel('Suggestion CREATE INDEX idx_orders_user_id_created_at ON orders (user_id, created_at) INCLUDE (id, status)');
  await expect(suggestion).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Query findings' })).toContainText('leading-wildcard-like');

  await panel.getByRole('button', { name: 'Verify with PostgreSQL planner' }).click();
  await expect(panel.getByRole('status', { name: 'Verification progress' })).toBeVisible();
  await expect(suggestion).toHaveAttribute('data-verified', 'true', { timeout: 120_000 });
  await expect(suggestion.getByLabel('Planner verdict')).toHaveText('verified');
  await suggestion.getByText(/Plans for query #1/).click();
  await expect(suggestion.getByLabel('Plan before')).toContainText('Seq Scan on orders');
  await expect(suggestion.getByLabel('Plan after')).toContainText('idx_orders_user_id_created_at');

  await suggestion.getByRole('button', { name: /^Apply / }).click();
  await expect(suggestion).toHaveCount(0);

  // The index is in the model: in the PostgreSQL DDL (read whole from its download: Monaco renders only visible lines)...
  await page.getByRole('tab', { name: 'DDL' }).click();
  const ddl = page.getByRole('tabpanel', { name: 'DDL' });
  await ddl.getByRole('radio', { name: 'PostgreSQL' }).check();
  const downloading = page.waitForEvent('download');
  await ddl.getByRole('button', { name: 'Download PostgreSQL DDL as .sql' }).click();
  const file = await (await downloading).path();
  expect(readFileSync(file, 'utf8')).toContain('CREATE INDEX idx_orders_user_id_created_at ON orders (user_id, created_at) INCLUDE (id, status);');
  // ... and in the table's properties.
  await tableNode(page, 'orders').locator('.table-node__header').click();
  await page.getByRole('tab', { name: 'Properties' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Properties' }).getByLabel('Index name')).toHaveValue('idx_orders_user_id_created_at');

  // One undo step takes it back out.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('tabpanel', { name: 'Properties' }).getByLabel('Index name')).toHaveCount(0);

  // A second run reuses the booted database (emptied first) and proves it again.
  await page.getByRole('tab', { name: 'Indexes' }).click();
  const again = page.getByRole('tabpanel', { name: 'Indexes' });
  await again.getByRole('button', { name: 'Verify with PostgreSQL planner' }).click();
  await expect(again.locator('[data-verified="true"]')).toHaveCount(0);
  await expect(again.getByLabel('Suggestion CREATE INDEX idx_orders_user_id_created_at ON orders (user_id, created_at) INCLUDE (id, status)')).toHaveAttribute('data-verified', 'true', { timeout: 120_000 });
  await expect(again.getByRole('alert')).toHaveCount(0);
});

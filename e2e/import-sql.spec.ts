import { expect, test, type Page } from '@playwright/test';
import { openApp, tableNames, tableNode } from './helpers';

/**
 * The import journey: paste SQL into the import dialog, see what was found, import it laid out;
 * paste broken SQL, see where it is broken, and leave the open diagram as it was. The dialog
 * (src/ui/dialogs/import-sql-dialog.tsx) opens from the toolbar's Import menu.
 */
const SHOP_SQL = `SET statement_timeout = 0;
CREATE TYPE public.status AS ENUM ('new', 'paid');
CREATE TABLE public.customer (id integer NOT NULL, email text NOT NULL);
CREATE TABLE public.purchase (id integer NOT NULL, customer_id integer NOT NULL, state public.status DEFAULT 'new'::public.status);
CREATE TABLE public.purchase_line (purchase_id integer NOT NULL, line integer NOT NULL, amount numeric(10,2));
CREATE VIEW public.big_purchases AS SELECT * FROM public.purchase;
ALTER TABLE ONLY public.customer ADD CONSTRAINT customer_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.purchase ADD CONSTRAINT purchase_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.purchase ADD CONSTRAINT purchase_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customer(id);
ALTER TABLE ONLY public.purchase_line ADD CONSTRAINT purchase_line_fk FOREIGN KEY (purchase_id) REFERENCES public.purchase(id);
`;

/** Pastes into the Monaco editor the way a user does: through the clipboard, with Ctrl+V. */
async function pasteSql(page: Page, sql: string): Promise<void> {
  const editor = page.getByRole('dialog', { name: 'Import SQL or DBML' }).locator('.code-editor .monaco-editor');
  await expect(editor).toBeVisible();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.evaluate((text) => navigator.clipboard.writeText(text), sql);
  await page.keyboard.press('ControlOrMeta+V');
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

async function openImportDialog(page: Page) {
  await page.getByRole('toolbar', { name: 'Diagram toolbar' }).getByRole('button', { name: /^Import\b/ }).first().click();
  await page.getByRole('button', { name: /^Import SQL/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import SQL or DBML' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function boxesOverlap(page: Page): Promise<boolean> {
  const boxes = await page.locator('.table-node').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
  return boxes.some((a, i) => boxes.some((b, j) => j > i && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h));
}

test('paste pg_dump output, see what was found, and get it as a laid-out new diagram', async ({ page }) => {
  await openApp(page);
  const dialog = await openImportDialog(page);
  await pasteSql(page, SHOP_SQL);
  await expect(dialog.getByLabel('Import summary')).toContainText('Found 3 tables');
  await expect(dialog.getByLabel('Import summary')).toContainText('2 foreign keys');
  await dialog.locator('summary', { hasText: '1 skipped or approximated' }).click();
  await expect(dialog.getByLabel('Import notices')).toContainText('view skipped');
  await dialog.getByRole('button', { name: 'Import as new diagram' }).click();
  await expect(dialog).toBeHidden();
  await expect(tableNode(page, 'purchase_line')).toBeVisible();
  expect(await tableNames(page)).toEqual(['customer', 'purchase', 'purchase_line']);
  expect(await boxesOverlap(page)).toBe(false);
});

test('broken SQL shows errors with line and column, and the open diagram stays as it was', async ({ page }) => {
  await openApp(page);
  const before = await tableNames(page);
  const dialog = await openImportDialog(page);
  await pasteSql(page, 'CREATE TABLE ok (id int);\nCREATE TABLE broken (\n  id int,,\n  name text\n);\n');
  await expect(dialog.getByRole('alert', { name: 'Import errors' })).toContainText('line 3, column 10');
  // The same error as a Monaco marker (squiggle) on the text.
  await expect(dialog.locator('.code-editor .squiggly-error')).not.toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Import as new diagram' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Merge into this diagram' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await tableNames(page)).toEqual(before);
});

test('merge into the open diagram is one undoable step', async ({ page }) => {
  await openApp(page);
  const before = await tableNames(page);
  const dialog = await openImportDialog(page);
  await pasteSql(page, 'CREATE TABLE wishlist (id int PRIMARY KEY, note text);');
  await expect(dialog.getByLabel('Import summary')).toContainText('Found 1 tables');
  await dialog.getByRole('button', { name: 'Merge into this diagram' }).click();
  await expect(dialog).toBeHidden();
  // Merged tables go to the right of the open ones, possibly off screen: the canvas only renders what is visible.
  await page.getByRole('toolbar', { name: 'Diagram toolbar' }).getByRole('button', { name: 'Fit view', exact: true }).click();
  await expect(tableNode(page, 'wishlist')).toBeVisible();
  expect(await tableNames(page)).toEqual([...before, 'wishlist'].sort());
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tableNode(page, 'wishlist')).toHaveCount(0);
  expect(await tableNames(page)).toEqual(before);
});

test('open a mysqldump file: the dialect is detected and the file name names the diagram', async ({ page }) => {
  await openApp(page);
  const dialog = await openImportDialog(page);
  const dump = [
    '/*!40101 SET NAMES utf8 */;',
    'CREATE TABLE `author` (`id` int(11) NOT NULL AUTO_INCREMENT, `name` varchar(80) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;',
    'CREATE TABLE `book` (`id` int(11) NOT NULL AUTO_INCREMENT, `author_id` int(11) NOT NULL, `kind` enum(\'novel\',\'essay\') DEFAULT NULL,',
    '  PRIMARY KEY (`id`), KEY `author_id` (`author_id`), CONSTRAINT `book_author` FOREIGN KEY (`author_id`) REFERENCES `author` (`id`)) ENGINE=InnoDB;',
  ].join('\n');
  await dialog.getByLabel('SQL or DBML file').setInputFiles({ name: 'library.sql', mimeType: 'text/plain', buffer: Buffer.from(dump) });
  await expect(dialog.getByLabel('Format')).toContainText('Detect (MySQL / MariaDB)');
  await expect(dialog.getByLabel('Import summary')).toContainText('Found 2 tables');
  await expect(dialog.getByLabel('Import summary')).toContainText('1 foreign keys');
  await dialog.getByRole('button', { name: 'Import as new diagram' }).click();
  await expect(tableNode(page, 'book')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Open diagram' })).toContainText('library');
});

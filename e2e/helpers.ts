import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the app in a fresh profile and waits for the canvas to show the open diagram. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

export function tableNode(page: Page, name: string): Locator {
  return page.locator(`.table-node[data-table-name="${name}"]`);
}

export function columnRow(page: Page, table: string, column: string): Locator {
  return tableNode(page, table).locator('.table-node__row').filter({ has: page.locator('.table-node__column-name', { hasText: new RegExp(`^${column}$`) }) });
}

/** Waits until autosave has written every edit, so a reload finds them. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
}

/** Drags with the mouse from the centre of one element to the centre of another, in steps React Flow sees. */
export async function dragBetween(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag: an element has no box');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2 + 5, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

/** The names of the tables on the canvas, sorted. */
export async function tableNames(page: Page): Promise<string[]> {
  const names = await page.locator('.table-node').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.tableName ?? ''));
  return names.sort();
}

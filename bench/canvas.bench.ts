import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { serializeDocument, syntheticDiagram } from '../src/core/index';
import type { BenchRow, BenchSuite } from './suite';

/**
 * The canvas at scale, in a real Chromium on the production build: time to open a diagram,
 * frames per second while panning and zooming at zoom 1, while dragging a table, and while
 * panning the whole-diagram overview, and the JS heap. Numbers are printed, never asserted.
 */

const PORT = Number(process.env.BENCH_PORT ?? 4310);
const OUT_DIR = `.e2e-build/bench-${PORT}`;
const SIZES = (process.env.CANVAS_BENCH_SIZES ?? '100,500,1000,2000,10000').split(',').map(Number);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

async function startPreview(): Promise<ChildProcess> {
  await run('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', OUT_DIR]);
  const server = spawn('npx', ['vite', 'preview', '--outDir', OUT_DIR, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  let exited = false;
  server.on('exit', () => (exited = true));
  for (let i = 0; i < 100; i++) {
    // A server that exits at once lost the port to another process: measuring that one would be wrong.
    if (exited) throw new Error(`vite preview could not start on port ${PORT} (in use? set BENCH_PORT)`);
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('vite preview did not start');
}

/** Counts animation frames in the page while `action` runs; returns frames per second. */
async function measureFps(page: Page, action: () => Promise<void>): Promise<number> {
  // Scripts go to the page as text: tsx would wrap functions in helpers the page does not have.
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const start = Date.now();
  await action();
  const elapsed = (Date.now() - start) / 1000;
  const frames = await page.evaluate<number>('(() => { window.__counting = false; return window.__frames; })()');
  return Math.round((frames / elapsed) * 10) / 10;
}

async function setViewport(page: Page, x: number, y: number, zoom: number): Promise<void> {
  await page.evaluate(
    ([vx, vy, vz]) => (window as unknown as { __erdFlow: { setViewport(v: { x: number; y: number; zoom: number }): void } }).__erdFlow.setViewport({ x: vx, y: vy, zoom: vz }),
    [x, y, zoom] as const,
  );
  await page.waitForTimeout(300);
}

/** A 3-second scripted gesture: the mouse drags from the centre in a slow circle. */
async function circleDrag(page: Page, cx: number, cy: number, radius: number, withWheel = false): Promise<void> {
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const start = Date.now();
  let step = 0;
  while (Date.now() - start < 3000) {
    const angle = (step++ / 30) * Math.PI;
    await page.mouse.move(cx + Math.cos(angle) * radius - radius, cy + Math.sin(angle) * radius);
    if (withWheel && step % 20 === 0) await page.mouse.wheel(0, step % 40 === 0 ? -60 : 60);
  }
  await page.mouse.up();
}

/** Drags from a point to near the right edge of the canvas and holds it there for 3 seconds, nudging the mouse. */
async function dragToEdge(page: Page, x: number, y: number, edgeX: number): Promise<void> {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 60, y, { steps: 4 });
  const start = Date.now();
  let step = 0;
  while (Date.now() - start < 3000) {
    step++;
    await page.mouse.move(edgeX - (step % 2) * 3, y + 40 + (step % 2) * 3);
  }
  await page.mouse.up();
}

/** A point near the middle of the canvas where the pane itself is hit: pressing there pans instead of grabbing a table. */
async function emptyPanePoint(page: Page, cx: number, cy: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    for (let r = 0; r < 400; r += 8) for (let a = 0; a < 16; a++) {
      const x = ${cx} + Math.cos((a / 16) * 2 * Math.PI) * r, y = ${cy} + Math.sin((a / 16) * 2 * Math.PI) * r;
      if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
    }
    return null;
  })()`);
  if (!point) throw new Error('no empty spot on the canvas to start a pan from');
  return point;
}

async function openDiagram(browser: Browser, tables: number): Promise<BenchRow> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/?bench`);
  await page.locator('.react-flow__node').first().waitFor();
  const document = serializeDocument(syntheticDiagram({ tables }));
  await page.getByLabel('Import diagram file').setInputFiles({ name: `synthetic-${tables}.json`, mimeType: 'application/json', buffer: Buffer.from(document) });
  await page.locator(`.table-node[data-table-name="table_${tables - 1}"]`).waitFor({ state: 'attached', timeout: 120_000 }).catch(() => undefined);
  await page.getByRole('status', { name: 'Save status' }).filter({ hasText: 'Saved' }).waitFor({ timeout: 120_000 });

  // Open = a reload of the page with this diagram as the last one: load, restore, first render.
  await page.reload();
  const openMs = await page.evaluate<number>(`(async () => {
    while (document.querySelectorAll('.react-flow__node-table').length === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now();
  })()`);
  await page.waitForTimeout(500);
  const mountedAtOpen = await page.locator('.react-flow__node-table').count();

  const canvas = (await page.locator('.react-flow__pane').boundingBox())!;
  const cx = canvas.x + canvas.width / 2;
  const cy = canvas.y + canvas.height / 2;

  await setViewport(page, 0, 0, 1);
  const panFrom = await emptyPanePoint(page, cx, cy);
  const panFps = await measureFps(page, () => circleDrag(page, panFrom.x, panFrom.y, 150, true));
  // Dragging a table: table_0 is put in the middle of the view and moved in a circle that stays
  // inside it. Then the same table is dragged to the right edge and held there, so the canvas
  // pans under it every frame (auto-pan) while the table keeps moving in the model.
  await setViewport(page, canvas.width / 2 - 120, canvas.height / 2 - 100, 1);
  const header = page.locator('.table-node[data-table-name="table_0"] .table-node__header');
  const box = (await header.boundingBox())!;
  const dragFps = await measureFps(page, () => circleDrag(page, box.x + 40, box.y + 10, 120));
  await setViewport(page, canvas.width / 2 - 120, canvas.height / 2 - 100, 1);
  const again = (await header.boundingBox())!;
  const edgeDragFps = await measureFps(page, () => dragToEdge(page, again.x + 40, again.y + 10, canvas.x + canvas.width - 12));

  await page.evaluate(() => (window as unknown as { __erdFlow: { fitView(o: object): void } }).__erdFlow.fitView({ includeHiddenNodes: true }));
  await page.waitForTimeout(500);
  const overviewZoom = await page.evaluate(() => (window as unknown as { __erdFlow: { getZoom(): number } }).__erdFlow.getZoom());
  const overviewFrom = await emptyPanePoint(page, cx, cy);
  const overviewFps = await measureFps(page, () => circleDrag(page, overviewFrom.x, overviewFrom.y, 150));
  const heapMb = await page.evaluate(() => {
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? Math.round(memory.usedJSHeapSize / 1e6) : -1;
  });
  await context.close();
  return {
    case: `${tables} tables x 10 cols`,
    'open ms': Math.round(openMs),
    'nodes mounted at open': mountedAtOpen,
    'pan+zoom fps (zoom 1)': panFps,
    'drag fps (zoom 1)': dragFps,
    'drag at edge fps (auto-pan)': edgeDragFps,
    'overview fps': overviewFps,
    'overview zoom': Math.round(overviewZoom * 1000) / 1000,
    'heap MB': heapMb,
  };
}

export const canvasSuite: BenchSuite = {
  name: 'canvas (Chromium, production build)',
  target: '2,000 tables open < 800 ms; >= 55 fps panning and dragging at zoom 1; >= 45 fps panning the 2,000-table overview; 10,000 tables open < 2 s (auto-pan drag is reported, not a target)',
  async run() {
    const server = await startPreview();
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
    try {
      const rows: BenchRow[] = [];
      for (const size of SIZES) rows.push(await openDiagram(browser, size));
      return rows;
    } finally {
      await browser.close();
      if (server.pid && server.exitCode === null) process.kill(-server.pid);
    }
  },
};

import { useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Diagram, Id, Table } from '../../core/index';
import { tableHeight, tableWidth } from './table-geometry';

const transformOf = (s: ReactFlowState) => s.transform;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function boxOf(table: Table): Box {
  return { x: table.position.x, y: table.position.y, w: tableWidth(table), h: tableHeight(table) };
}

/** The table under a point of the flow (for double-click to zoom in), topmost first. */
export function tableAtPoint(diagram: Diagram, point: { x: number; y: number }): Table | undefined {
  for (let i = diagram.tables.length - 1; i >= 0; i--) {
    const b = boxOf(diagram.tables[i]);
    if (point.x >= b.x && point.x <= b.x + b.w && point.y >= b.y && point.y <= b.y + b.h) return diagram.tables[i];
  }
  return undefined;
}

/**
 * The zoomed-out overview: every table and relationship drawn on one canvas from the model,
 * redrawn on each viewport change. Only what is on screen is drawn.
 */
export function OverviewLayer({ diagram, selectedTableIds }: { diagram: Diagram; selectedTableIds: readonly Id[] }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [tx, ty, zoom] = useStore(transformOf);

  useEffect(() => {
    const canvas = canvasRef.current;
    const parent = canvas?.parentElement;
    if (!canvas || !parent) return;
    const ratio = window.devicePixelRatio || 1;
    const width = parent.clientWidth;
    const height = parent.clientHeight;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const context = canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const toScreen = (b: Box): Box => ({ x: b.x * zoom + tx, y: b.y * zoom + ty, w: b.w * zoom, h: b.h * zoom });
    const visible = (b: Box) => b.x + b.w >= 0 && b.y + b.h >= 0 && b.x <= width && b.y <= height;
    const boxes = new Map<Id, Box>();
    for (const table of diagram.tables) boxes.set(table.id, toScreen(boxOf(table)));

    context.strokeStyle = 'rgba(71, 85, 105, 0.55)';
    context.lineWidth = 1;
    context.beginPath();
    for (const table of diagram.tables) {
      const child = boxes.get(table.id)!;
      for (const fk of table.foreignKeys) {
        const parentBox = boxes.get(fk.refTableId);
        if (!parentBox || (!visible(child) && !visible(parentBox))) continue;
        context.moveTo(child.x + child.w / 2, child.y + child.h / 2);
        context.lineTo(parentBox.x + parentBox.w / 2, parentBox.y + parentBox.h / 2);
      }
    }
    context.stroke();

    const selected = new Set(selectedTableIds);
    const headerHeight = Math.max(1, 34 * zoom);
    for (const table of diagram.tables) {
      const b = boxes.get(table.id)!;
      if (!visible(b)) continue;
      context.fillStyle = '#ffffff';
      context.fillRect(b.x, b.y, b.w, b.h);
      context.fillStyle = table.color ?? '#334155';
      context.fillRect(b.x, b.y, b.w, headerHeight);
      context.strokeStyle = selected.has(table.id) ? '#2563eb' : '#94a3b8';
      context.lineWidth = selected.has(table.id) ? 2 : 1;
      context.strokeRect(b.x, b.y, b.w, b.h);
    }
    if (zoom >= 0.08) {
      context.fillStyle = '#0f172a';
      context.font = `${Math.round(Math.min(14, 150 * zoom))}px system-ui, sans-serif`;
      context.textBaseline = 'top';
      for (const table of diagram.tables) {
        const b = boxes.get(table.id)!;
        if (visible(b)) context.fillText(table.name, b.x + 2, b.y + headerHeight + 2, b.w - 4);
      }
    }
  }, [diagram, selectedTableIds, tx, ty, zoom]);

  return <canvas ref={canvasRef} className="overview-layer" aria-label="Diagram overview" role="img" />;
}

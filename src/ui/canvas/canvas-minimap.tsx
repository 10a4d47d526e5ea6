import { useStore, useReactFlow, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { diagramBounds, type Rect, type Table } from '../../core/index';
import { useDocumentStore } from '../../store/document-store';
import { tableHeight, tableWidth } from './table-geometry';

const WIDTH = 200;
const HEIGHT = 140;
const transformOf = (s: ReactFlowState) => s.transform;
const sizeOf = (s: ReactFlowState) => `${s.width}x${s.height}`;

const REDRAW_EVERY_MS = 100;

/**
 * The diagram's tables, followed at most every `ms` milliseconds. A drag writes the model on every
 * frame; the minimap is 200 pixels wide, so following it ten times a second is enough, and the
 * canvas does not re-render this component (or measure the diagram's bounds) per frame.
 */
function useTablesAtMostEvery(ms: number): readonly Table[] {
  const [tables, setTables] = useState(() => useDocumentStore.getState().diagram.tables);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const follow = () => {
      timer = undefined;
      last = performance.now();
      setTables(useDocumentStore.getState().diagram.tables);
    };
    follow();
    const unsubscribe = useDocumentStore.subscribe((state, previous) => {
      if (state.diagram.tables === previous.diagram.tables || timer !== undefined) return;
      const wait = ms - (performance.now() - last);
      if (wait <= 0) follow();
      else timer = setTimeout(follow, wait);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [ms]);
  return tables;
}

/**
 * A minimap drawn on one canvas from the model. React Flow's own minimap renders a component per
 * node and re-renders them all on every change, which costs more than the canvas itself once a
 * diagram has hundreds of tables; this one draws 2,000 rectangles in about a millisecond.
 * Click or drag in it to move the view there.
 */
export const CanvasMiniMap = memo(function CanvasMiniMap() {
  const tables = useTablesAtMostEvery(REDRAW_EVERY_MS);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [tx, ty, zoom] = useStore(transformOf);
  const paneSize = useStore(sizeOf);
  const flow = useReactFlow();
  const [paneWidth, paneHeight] = paneSize.split('x').map(Number);

  // What the map shows: the diagram plus the part of the view outside it, so the view box never leaves the map.
  const bounds = useMemo(() => diagramBounds(tables), [tables]);
  const view: Rect = { x: -tx / zoom, y: -ty / zoom, width: paneWidth / zoom, height: paneHeight / zoom };
  const minX = Math.min(bounds.x, view.x);
  const minY = Math.min(bounds.y, view.y);
  const maxX = Math.max(bounds.x + bounds.width, view.x + view.width);
  const maxY = Math.max(bounds.y + bounds.height, view.y + view.height);
  const scale = Math.min(WIDTH / Math.max(1, maxX - minX), HEIGHT / Math.max(1, maxY - minY));
  const offsetX = (WIDTH - (maxX - minX) * scale) / 2;
  const offsetY = (HEIGHT - (maxY - minY) * scale) / 2;

  // The view box is a positioned element: panning redraws nothing.
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== WIDTH * ratio) {
      canvas.width = WIDTH * ratio;
      canvas.height = HEIGHT * ratio;
    }
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, WIDTH, HEIGHT);
    context.fillStyle = 'rgba(100, 116, 139, 0.55)';
    for (const table of tables) {
      context.fillRect(
        offsetX + (table.position.x - minX) * scale,
        offsetY + (table.position.y - minY) * scale,
        Math.max(1, tableWidth(table) * scale),
        Math.max(1, tableHeight(table) * scale),
      );
    }
  }, [tables, offsetX, offsetY, minX, minY, scale]);

  const moveViewTo = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const x = minX + (event.clientX - rect.left - offsetX) / scale;
    const y = minY + (event.clientY - rect.top - offsetY) / scale;
    void flow.setCenter(x, y, { zoom });
  };

  return (
    <div className="canvas-minimap" style={{ width: WIDTH, height: HEIGHT }}>
      <canvas
        ref={canvasRef}
        role="img"
        aria-label="Minimap"
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveViewTo(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons === 1) moveViewTo(e);
        }}
      />
      <div
        className="canvas-minimap__view"
        style={{ left: offsetX + (view.x - minX) * scale, top: offsetY + (view.y - minY) * scale, width: view.width * scale, height: view.height * scale }}
      />
    </div>
  );
});

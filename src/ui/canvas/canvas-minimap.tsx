import { useStore, useReactFlow, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { diagramBounds, type Diagram, type Rect } from '../../core/index';
import { tableHeight, tableWidth } from './table-geometry';

const WIDTH = 200;
const HEIGHT = 140;
const transformOf = (s: ReactFlowState) => s.transform;
const sizeOf = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * A minimap drawn on one canvas from the model. React Flow's own minimap renders a component per
 * node and re-renders them all on every change, which costs more than the canvas itself once a
 * diagram has hundreds of tables; this one draws 2,000 rectangles in about a millisecond.
 * Click or drag in it to move the view there.
 */
export function CanvasMiniMap({ diagram }: { diagram: Diagram }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [tx, ty, zoom] = useStore(transformOf);
  const paneSize = useStore(sizeOf);
  const flow = useReactFlow();
  const [paneWidth, paneHeight] = paneSize.split('x').map(Number);

  // What the map shows: the diagram plus the part of the view outside it, so the view box never leaves the map.
  const bounds = useMemo(() => diagramBounds(diagram.tables), [diagram.tables]);
  // (diagramBounds is one pass over the tables; a drag changes them, so it runs per frame: about 0.1 ms at 2,000 tables.)
  const view: Rect = { x: -tx / zoom, y: -ty / zoom, width: paneWidth / zoom, height: paneHeight / zoom };
  const minX = Math.min(bounds.x, view.x);
  const minY = Math.min(bounds.y, view.y);
  const maxX = Math.max(bounds.x + bounds.width, view.x + view.width);
  const maxY = Math.max(bounds.y + bounds.height, view.y + view.height);
  const scale = Math.min(WIDTH / Math.max(1, maxX - minX), HEIGHT / Math.max(1, maxY - minY));
  const offsetX = (WIDTH - (maxX - minX) * scale) / 2;
  const offsetY = (HEIGHT - (maxY - minY) * scale) / 2;

  // The tables are redrawn at most ten times a second while they change (a drag changes them every
  // frame); the view box is a positioned element, so panning redraws nothing.
  const lastDraw = useRef(0);
  useEffect(() => {
    const draw = () => {
      lastDraw.current = performance.now();
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
      for (const table of diagram.tables) {
        context.fillRect(
          offsetX + (table.position.x - minX) * scale,
          offsetY + (table.position.y - minY) * scale,
          Math.max(1, tableWidth(table) * scale),
          Math.max(1, tableHeight(table) * scale),
        );
      }
    };
    const wait = 100 - (performance.now() - lastDraw.current);
    if (wait <= 0) {
      draw();
      return undefined;
    }
    const timer = setTimeout(draw, wait);
    return () => clearTimeout(timer);
  }, [diagram.tables, offsetX, offsetY, minX, minY, scale]);

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
}

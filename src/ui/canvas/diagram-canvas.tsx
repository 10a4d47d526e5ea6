import {
  Background,
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnConnect,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { moveTables, type Id, type Point } from '../../core/index';
import { setViewCenterProvider, addTableAt } from '../../actions/add-table';
import { connectColumnToTableCommand, connectColumnsCommand } from '../../actions/connect-columns';
import { deleteElements } from '../../actions/delete-selection';
import { useDocumentStore, useDiagram } from '../../store/document-store';
import { useUiStore } from '../../store/ui-store';
import { NoteNodeComponent } from './note-node';
import { RelationshipEdgeComponent } from './relationship-edge';
import { columnIdOfHandle } from './table-geometry';
import { TableNodeComponent } from './table-node';
import { FlowMapper, type DiagramNode, type RelationshipEdge } from './to-flow';
import { useInOverview } from './level-of-detail';
import { OverviewLayer, tableAtPoint } from './overview-layer';
import { FIT_ALL_MAX_TABLES, loadViewport, saveViewport } from './saved-viewport';
import { registerFlowInstance } from './viewport-bridge';

// Defined once at module level: React Flow re-creates every node when these objects change.
const nodeTypes = { table: TableNodeComponent, note: NoteNodeComponent };
const edgeTypes = { relationship: RelationshipEdgeComponent };
const deleteKeys = ['Delete', 'Backspace'];
const multiSelectKeys = ['Shift', 'Meta', 'Control'];

function applySelection(current: readonly Id[], changes: { id: string; selected: boolean }[]): Id[] {
  const next = new Set(current);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return [...next];
}

export function DiagramCanvas() {
  const diagram = useDiagram();
  const selectedTableIds = useUiStore((s) => s.selectedTableIds);
  const selectedNoteIds = useUiStore((s) => s.selectedNoteIds);
  const selectedForeignKeyIds = useUiStore((s) => s.selectedForeignKeyIds);
  const flow = useReactFlow<DiagramNode, RelationshipEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  const mapper = useMemo(() => new FlowMapper(), []);
  const overview = useInOverview();

  const nodes = useMemo(
    () => mapper.nodes(diagram, new Set(selectedTableIds), new Set(selectedNoteIds), overview),
    [mapper, diagram, selectedTableIds, selectedNoteIds, overview],
  );
  const edges = useMemo(() => mapper.relationshipEdges(diagram, new Set(selectedForeignKeyIds)), [mapper, diagram, selectedForeignKeyIds]);

  useEffect(() => {
    registerFlowInstance(flow);
    // The canvas benchmark (bench/canvas.bench.ts) steers the viewport exactly; only with ?bench in the URL.
    if (new URLSearchParams(window.location.search).has('bench')) (window as unknown as { __erdFlow?: typeof flow }).__erdFlow = flow;
    setViewCenterProvider((): Point => {
      const rect = wrapper.current?.getBoundingClientRect();
      if (!rect) return { x: 80, y: 80 };
      return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    });
    return () => registerFlowInstance(undefined);
  }, [flow]);

  // On opening a diagram: where the user last looked, or a fit of the whole (small) diagram or of its first tables (big).
  const diagramId = diagram.id;
  useEffect(() => {
    const saved = loadViewport(diagramId);
    const frame = requestAnimationFrame(() => {
      if (saved) void flow.setViewport(saved);
      else {
        const tables = useDocumentStore.getState().diagram.tables;
        if (tables.length > FIT_ALL_MAX_TABLES) {
          const minX = Math.min(...tables.map((t) => t.position.x));
          const minY = Math.min(...tables.map((t) => t.position.y));
          void flow.setViewport({ x: 40 - minX, y: 40 - minY, zoom: 1 });
        } else void flow.fitView({ padding: 0.1, maxZoom: 1 });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [flow, diagramId]);
  const onMoveEnd = useCallback((_: unknown, viewport: { x: number; y: number; zoom: number }) => saveViewport(useDocumentStore.getState().diagram.id, viewport), []);

  const onNodesChange = useCallback((changes: NodeChange<DiagramNode>[]) => {
    const positions = new Map<Id, Point>();
    let dragging = false;
    const selections: { id: string; selected: boolean }[] = [];
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        positions.set(change.id, { x: Math.round(change.position.x), y: Math.round(change.position.y) });
        dragging ||= change.dragging === true;
      } else if (change.type === 'select') {
        selections.push({ id: change.id, selected: change.selected });
      }
    }
    if (positions.size > 0) {
      const store = useDocumentStore.getState();
      const noteIds = new Set(store.diagram.notes.map((n) => n.id));
      const label = positions.size === 1 ? 'Move' : `Move ${positions.size} elements`;
      const edit = (d: typeof store.diagram) => {
        const tablesMoved = moveTables(d, new Map([...positions].filter(([id]) => !noteIds.has(id))));
        const notePositions = [...positions].filter(([id]) => noteIds.has(id));
        if (notePositions.length === 0) return tablesMoved;
        const byId = new Map(notePositions);
        return { ...tablesMoved, notes: tablesMoved.notes.map((n) => (byId.has(n.id) ? { ...n, position: byId.get(n.id)! } : n)) };
      };
      if (dragging) {
        store.beginGesture(label);
        store.applyTransient(edit);
      } else {
        store.apply(label, edit);
      }
    }
    if (selections.length > 0) {
      const ui = useUiStore.getState();
      const noteIds = new Set(useDocumentStore.getState().diagram.notes.map((n) => n.id));
      ui.select({
        tableIds: applySelection(ui.selectedTableIds, selections.filter((s) => !noteIds.has(s.id))),
        noteIds: applySelection(ui.selectedNoteIds, selections.filter((s) => noteIds.has(s.id))),
      });
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<RelationshipEdge>[]) => {
    const selections = changes.flatMap((c) => (c.type === 'select' ? [{ id: c.id, selected: c.selected }] : []));
    if (selections.length === 0) return;
    const ui = useUiStore.getState();
    ui.select({ foreignKeyIds: applySelection(ui.selectedForeignKeyIds, selections) });
  }, []);

  const onNodeDragStop = useCallback(() => useDocumentStore.getState().endGesture(), []);

  const onDelete = useCallback(({ nodes: deletedNodes, edges: deletedEdges }: { nodes: DiagramNode[]; edges: RelationshipEdge[] }) => {
    deleteElements({
      tableIds: deletedNodes.filter((n) => n.type === 'table').map((n) => n.id),
      noteIds: deletedNodes.filter((n) => n.type === 'note').map((n) => n.id),
      foreignKeyIds: deletedEdges.map((e) => e.id),
    });
  }, []);

  const onConnect: OnConnect = useCallback((connection) => {
    const from = columnIdOfHandle(connection.sourceHandle);
    const to = columnIdOfHandle(connection.targetHandle);
    if (from && to) connectColumnsCommand(from, to);
  }, []);

  // Dropping a column on a table (not on a column) creates a referencing column there.
  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid || !state.fromHandle || !state.fromNode) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    const target = document.elementFromPoint(point.clientX, point.clientY)?.closest<HTMLElement>('.react-flow__node-table');
    const tableId = target?.dataset.id;
    const columnId = columnIdOfHandle(state.fromHandle.id);
    if (!tableId || !columnId || tableId === state.fromNode.id) return;
    connectColumnToTableCommand(columnId, tableId);
  }, []);

  const onDoubleClick = useCallback(
    (event: React.MouseEvent) => {
      if (!(event.target as HTMLElement).classList.contains('react-flow__pane')) return;
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      if (overview) {
        // In the overview, double-click zooms in (on the table under the pointer, if any) instead of adding a table.
        const table = tableAtPoint(useDocumentStore.getState().diagram, point);
        void flow.setCenter(table ? table.position.x + 120 : point.x, table ? table.position.y + 120 : point.y, { zoom: 1, duration: 300 });
        return;
      }
      addTableAt(point);
    },
    [flow, overview],
  );

  const onPaneClick = useCallback(() => useUiStore.getState().clearSelection(), []);

  return (
    <div className="diagram-canvas" ref={wrapper} onDoubleClick={onDoubleClick} aria-label="Diagram canvas">
      <ReactFlow<DiagramNode, RelationshipEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onDelete={onDelete}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onPaneClick={onPaneClick}
        onMoveEnd={onMoveEnd}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={deleteKeys}
        multiSelectionKeyCode={multiSelectKeys}
        selectionMode={SelectionMode.Partial}
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={2.5}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        {overview ? null : <MiniMap pannable zoomable ariaLabel="Minimap" nodeStrokeWidth={3} />}
      </ReactFlow>
      {overview ? <OverviewLayer diagram={diagram} selectedTableIds={selectedTableIds} /> : null}
    </div>
  );
}

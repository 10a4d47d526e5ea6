import {
  Background,
  ConnectionMode,
  Controls,
  ReactFlow,
  SelectionMode,
  useReactFlow,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnConnect,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { moveElements, type Id, type Point } from '../../core/index';
import { setViewCenterProvider, addTableAt } from '../../actions/add-table';
import { connectColumnToTableCommand, connectColumnsCommand } from '../../actions/connect-columns';
import { deleteElements } from '../../actions/delete-selection';
import { useDocumentStore, useDiagram } from '../../store/document-store';
import { useUiStore } from '../../store/ui-store';
import { CanvasMiniMap } from './canvas-minimap';
import { GroupNodeComponent } from './group-node';
import { NoteNodeComponent } from './note-node';
import { usePreferences } from '../../store/preferences-store';
import { RelationshipEdgeComponent } from './relationship-edge';
import { columnIdOfHandle } from './table-geometry';
import { TableNodeComponent } from './table-node';
import { FlowMapper, type DiagramNode, type RelationshipEdge } from './to-flow';
import { useInOverview } from './level-of-detail';
import { OverviewLayer, tableAtPoint } from './overview-layer';
import { FIT_ALL_MAX_TABLES, flushSavedViewport, loadViewport, saveViewportSoon } from './saved-viewport';
import { registerFlowInstance } from './viewport-bridge';

// Defined once at module level: React Flow re-creates every node when these objects change.
const nodeTypes = { table: TableNodeComponent, note: NoteNodeComponent, 'group-area': GroupNodeComponent };
const edgeTypes = { relationship: RelationshipEdgeComponent };
const deleteKeys = ['Delete', 'Backspace'];
const multiSelectKeys = ['Shift', 'Meta', 'Control'];
const NO_EDGES: RelationshipEdge[] = [];

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
  const selectedGroupIds = useUiStore((s) => s.selectedGroupIds);
  const hiddenSchemas = usePreferences((s) => s.hiddenSchemas);
  const hiddenGroupIds = usePreferences((s) => s.hiddenGroupIds);
  const theme = usePreferences((s) => s.theme);
  const touchpad = usePreferences((s) => s.touchpad);
  const flow = useReactFlow<DiagramNode, RelationshipEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  const mapper = useMemo(() => new FlowMapper(), []);
  const overview = useInOverview();

  // Tables hidden by schema or by group (view preferences, not model edits).
  const hiddenTables = useMemo(() => {
    const hidden = new Set<Id>();
    if (hiddenSchemas.length === 0 && hiddenGroupIds.length === 0) return hidden;
    for (const t of diagram.tables) if (hiddenSchemas.includes(t.schema ?? '')) hidden.add(t.id);
    for (const g of diagram.groups) if (hiddenGroupIds.includes(g.id)) for (const id of g.tableIds) hidden.add(id);
    return hidden;
  }, [diagram.tables, diagram.groups, hiddenSchemas, hiddenGroupIds]);
  const nodes = useMemo(
    () =>
      mapper.nodes(
        diagram,
        { tables: new Set(selectedTableIds), notes: new Set(selectedNoteIds), groups: new Set(selectedGroupIds) },
        overview,
        hiddenTables,
        new Set(hiddenGroupIds),
      ),
    [mapper, diagram, selectedTableIds, selectedNoteIds, selectedGroupIds, overview, hiddenTables, hiddenGroupIds],
  );
  // In the overview the canvas layer draws the relationships; React Flow gets none, so thousands of
  // edge components are not kept mounted just to re-check their selectors on every pan frame.
  const edges = useMemo(
    () => (overview ? NO_EDGES : mapper.relationshipEdges(diagram, new Set(selectedForeignKeyIds))),
    [mapper, diagram, selectedForeignKeyIds, overview],
  );

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
  const onMoveEnd = useCallback((_: unknown, viewport: { x: number; y: number; zoom: number }) => saveViewportSoon(useDocumentStore.getState().diagram.id, viewport), []);
  useEffect(() => {
    window.addEventListener('pagehide', flushSavedViewport);
    return () => {
      window.removeEventListener('pagehide', flushSavedViewport);
      flushSavedViewport();
    };
  }, []);

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
      const label = positions.size === 1 ? 'Move' : `Move ${positions.size} elements`;
      const edit = (d: typeof store.diagram) => moveElements(d, positions);
      if (dragging) {
        store.beginGesture(label);
        store.applyTransient(edit);
      } else {
        store.apply(label, edit);
      }
    }
    if (selections.length > 0) {
      const ui = useUiStore.getState();
      const { diagram: current } = useDocumentStore.getState();
      const noteIds = new Set(current.notes.map((n) => n.id));
      const groupIds = new Set(current.groups.map((g) => g.id));
      ui.select({
        tableIds: applySelection(ui.selectedTableIds, selections.filter((s) => !noteIds.has(s.id) && !groupIds.has(s.id))),
        noteIds: applySelection(ui.selectedNoteIds, selections.filter((s) => noteIds.has(s.id))),
        groupIds: applySelection(ui.selectedGroupIds, selections.filter((s) => groupIds.has(s.id))),
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
      // Deleting a group area is done from its properties (it keeps its tables); the canvas key deletes tables and notes.
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
        colorMode={theme}
        panOnScroll={touchpad}
        zoomOnScroll={!touchpad}
        minZoom={0.05}
        maxZoom={2.5}
        attributionPosition="top-right"
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        
      </ReactFlow>
      {overview ? <OverviewLayer diagram={diagram} selectedTableIds={selectedTableIds} /> : <CanvasMiniMap />}
    </div>
  );
}

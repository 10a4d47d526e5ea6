import type { Edge, Node } from '@xyflow/react';
import { facingSides, groupBounds, relationshipEnds, tableWithId, type ForeignKey, type Group, type Cardinality, type Diagram, type EnumType, type Id, type Note, type Table } from '../../core/index';
import { handleId, tableHandles, tableHeight, tableWidth } from './table-geometry';

/**
 * The model -> React Flow mapping. The model is the one source of truth: nodes and edges are
 * derived from it on every change, and objects for unchanged tables are reused from a cache
 * (keyed by the immutable table object), so memoized node components skip re-rendering.
 */

export type TableNodeData = { table: Table; enums: readonly EnumType[] };
export type TableNode = Node<TableNodeData, 'table'>;
export type NoteNodeData = { note: Note };
export type NoteNode = Node<NoteNodeData, 'note'>;
export type GroupNodeData = { group: Group };
export type GroupNode = Node<GroupNodeData, 'group-area'>;
export type DiagramNode = TableNode | NoteNode | GroupNode;

export type RelationshipEdgeData = { childTableId: Id; ends: Cardinality };
export type RelationshipEdge = Edge<RelationshipEdgeData, 'relationship'>;

interface CachedNode {
  selected: boolean;
  hidden: boolean;
  enums: readonly EnumType[];
  node: TableNode;
}

export class FlowMapper {
  private tableNodes = new WeakMap<Table, CachedNode>();
  private noteNodes = new WeakMap<Note, { selected: boolean; node: NoteNode }>();
  private edges = new Map<Id, { key: string; child: Table; parent: Table; selected: boolean; edge: RelationshipEdge }>();
  private lastEdges: RelationshipEdge[] = [];

  /**
   * `overview`: in the canvas-drawn overview, React Flow keeps the nodes (fit view, minimap bounds) but mounts none.
   * `hiddenTables`: tables the user hid by schema or group.
   */
  nodes(
    diagram: Diagram,
    selection: { tables: ReadonlySet<Id>; notes: ReadonlySet<Id>; groups: ReadonlySet<Id> },
    overview = false,
    hiddenTables: ReadonlySet<Id> = new Set(),
    hiddenGroups: ReadonlySet<Id> = new Set(),
  ): DiagramNode[] {
    const selectedTables = selection.tables;
    const selectedNotes = selection.notes;
    const nodes: DiagramNode[] = [];
    for (const group of diagram.groups) {
      if (hiddenGroups.has(group.id)) continue;
      const bounds = groupBounds(group, diagram.tables);
      if (!bounds) continue;
      nodes.push({
        id: group.id,
        type: 'group-area',
        position: { x: bounds.x, y: bounds.y },
        data: { group },
        selected: selection.groups.has(group.id),
        hidden: overview,
        width: bounds.width,
        height: bounds.height,
        measured: { width: bounds.width, height: bounds.height },
        zIndex: -2,
        dragHandle: '.group-area__title',
        ariaLabel: `Group ${group.name}`,
      });
    }
    for (const note of diagram.notes) {
      const selected = selectedNotes.has(note.id);
      let cached = this.noteNodes.get(note);
      if (!cached || cached.selected !== selected) {
        cached = {
          selected,
          node: {
            id: note.id,
            type: 'note',
            position: note.position,
            data: { note },
            selected,
            width: note.width,
            height: note.height,
            zIndex: -1,
            ariaLabel: `Note: ${note.text.slice(0, 40)}`,
          },
        };
        this.noteNodes.set(note, cached);
      }
      nodes.push(cached.node);
    }
    const tableNodes = this.tableNodesOf(diagram, selectedTables, overview, hiddenTables);
    // Without groups and notes the table nodes are the array itself (the same one when nothing changed).
    // concat, not push(...spread): a spread of 10,000 arguments is slower and can overflow the stack.
    return nodes.length === 0 ? tableNodes : nodes.concat(tableNodes);
  }

  private lastTableNodes: { tables: readonly Table[]; enums: readonly EnumType[]; selected: ReadonlySet<Id>; overview: boolean; hidden: ReadonlySet<Id>; nodes: TableNode[] } | undefined;

  /**
   * One node per table. A drag replaces one table object per frame and nothing else: then only
   * the replaced entries are looked at (an identity scan of the array), not every table's cache.
   */
  private tableNodesOf(diagram: Diagram, selected: ReadonlySet<Id>, overview: boolean, hidden: ReadonlySet<Id>): TableNode[] {
    const last = this.lastTableNodes;
    const tables = diagram.tables;
    if (last && last.tables.length === tables.length && last.enums === diagram.enums && last.overview === overview && sameSet(last.hidden, hidden) && sameSet(last.selected, selected)) {
      let nodes: TableNode[] | undefined;
      let fullPass = false;
      for (let i = 0; i < tables.length; i++) {
        if (tables[i] === last.tables[i]) continue;
        if (tables[i].id !== last.tables[i].id) {
          fullPass = true;
          break;
        }
        nodes ??= last.nodes.slice();
        nodes[i] = this.tableNode(tables[i], selected.has(tables[i].id), overview || hidden.has(tables[i].id), diagram.enums);
      }
      if (!fullPass) {
        this.lastTableNodes = { ...last, tables, selected, nodes: nodes ?? last.nodes };
        return nodes ?? last.nodes;
      }
    }
    const nodes = tables.map((table) => this.tableNode(table, selected.has(table.id), overview || hidden.has(table.id), diagram.enums));
    this.lastTableNodes = { tables, enums: diagram.enums, selected, overview, hidden, nodes };
    return nodes;
  }

  private tableNode(table: Table, selected: boolean, hidden: boolean, enums: readonly EnumType[]): TableNode {
    let cached = this.tableNodes.get(table);
    if (!cached || cached.selected !== selected || cached.enums !== enums || cached.hidden !== hidden) {
      const width = tableWidth(table);
      const height = tableHeight(table);
      cached = {
        selected,
        hidden,
        enums,
        node: {
          id: table.id,
          type: 'table',
          position: table.position,
          data: { table, enums },
          selected,
          hidden,
          initialWidth: width,
          initialHeight: height,
          width,
          height,
          // Claiming the size as measured keeps React Flow on the model's handle positions,
          // so it never has to find handles in the DOM (compact nodes render none).
          measured: { width, height },
          handles: tableHandles(table, width),
          ariaLabel: `Table ${table.name}`,
        },
      };
      this.tableNodes.set(table, cached);
    }
    return cached.node;
  }

  /**
   * Edge objects change only when what they show changes (handle sides, ends, selection): moving a
   * table moves its edges through the node positions alone. When no edge changed, the previous
   * array is returned, so React Flow skips rebuilding its connection lookup. When only a few tables
   * changed since the last call (a drag, an edit), only their relationships are looked at.
   */
  relationshipEdges(diagram: Diagram, selectedForeignKeys: ReadonlySet<Id>): RelationshipEdge[] {
    const incremental = this.updateChangedEdges(diagram, selectedForeignKeys);
    if (incremental) return incremental;
    const tablesById = new Map(diagram.tables.map((t) => [t.id, t]));
    const result: RelationshipEdge[] = [];
    const live = new Set<Id>();
    let changed = false;
    this.positions = new Map();
    this.byParent = new Map();
    for (const child of diagram.tables) {
      for (const fk of child.foreignKeys) {
        const parent = tablesById.get(fk.refTableId);
        if (!parent || fk.columns.length === 0) continue;
        live.add(fk.id);
        const edge = this.edgeFor(child, parent, fk, selectedForeignKeys.has(fk.id));
        this.positions.set(fk.id, result.length);
        const siblings = this.byParent.get(parent.id);
        if (siblings) siblings.push({ child: child.id, fk });
        else this.byParent.set(parent.id, [{ child: child.id, fk }]);
        result.push(edge);
        if (this.lastEdges[result.length - 1] !== edge) changed = true;
      }
    }
    for (const id of this.edges.keys()) if (!live.has(id)) this.edges.delete(id);
    this.lastTables = diagram.tables;
    this.lastSelected = selectedForeignKeys;
    if (!changed && result.length === this.lastEdges.length) return this.lastEdges;
    this.lastEdges = result;
    return result;
  }

  private positions = new Map<Id, number>();
  private byParent = new Map<Id, { child: Id; fk: ForeignKey }[]>();
  private lastTables: readonly Table[] | undefined;
  private lastSelected: ReadonlySet<Id> | undefined;

  /**
   * The fast path: same tables in the same order, same foreign keys and selection, a few table
   * objects replaced. Returns undefined when a full pass is needed.
   */
  private updateChangedEdges(diagram: Diagram, selectedForeignKeys: ReadonlySet<Id>): RelationshipEdge[] | undefined {
    const previous = this.lastTables;
    const tables = diagram.tables;
    if (!previous || previous.length !== tables.length || !sameSet(this.lastSelected, selectedForeignKeys)) return undefined;
    const changedTables: Table[] = [];
    for (let i = 0; i < tables.length; i++) {
      if (tables[i] === previous[i]) continue;
      if (tables[i].id !== previous[i].id || tables[i].foreignKeys !== previous[i].foreignKeys || changedTables.length >= 64) return undefined;
      changedTables.push(tables[i]);
    }
    this.lastTables = tables;
    if (changedTables.length === 0) return this.lastEdges;
    const byId = (id: Id) => tableWithId(tables, id);
    let result: RelationshipEdge[] | undefined;
    const refresh = (child: Table | undefined, parent: Table | undefined, fk: ForeignKey) => {
      const at = this.positions.get(fk.id);
      if (!child || !parent || at === undefined) return;
      const edge = this.edgeFor(child, parent, fk, selectedForeignKeys.has(fk.id));
      if (edge === (result ?? this.lastEdges)[at]) return;
      result ??= [...this.lastEdges];
      result[at] = edge;
    };
    for (const table of changedTables) {
      for (const fk of table.foreignKeys) refresh(table, byId(fk.refTableId), fk);
      for (const { child, fk } of this.byParent.get(table.id) ?? []) refresh(byId(child), table, fk);
    }
    if (!result) return this.lastEdges;
    this.lastEdges = result;
    return result;
  }

  /** The edge object for a foreign key: the cached one while what it shows is the same. */
  private edgeFor(child: Table, parent: Table, fk: ForeignKey, selected: boolean): RelationshipEdge {
    const cached = this.edges.get(fk.id);
    if (cached && cached.child === child && cached.parent === parent && cached.selected === selected) return cached.edge;
    const [childSide, parentSide] = facingSides(child, parent);
    const ends = relationshipEnds(child, fk);
    const sourceHandle = handleId(fk.columns[0], childSide);
    const targetHandle = handleId(fk.refColumns[0], parentSide);
    const key = `${child.id} ${sourceHandle} ${parent.id} ${targetHandle} ${ends.parent} ${ends.child} ${selected ? 1 : 0} ${child.name} ${parent.name}`;
    if (cached && cached.key === key) {
      this.edges.set(fk.id, { ...cached, child, parent });
      return cached.edge;
    }
    const edge: RelationshipEdge = {
      id: fk.id,
      type: 'relationship',
      source: child.id,
      target: parent.id,
      sourceHandle,
      targetHandle,
      selected,
      data: { childTableId: child.id, ends },
      ariaLabel: `Relationship ${child.name} to ${parent.name}`,
    };
    this.edges.set(fk.id, { key, child, parent, selected, edge });
    return edge;
  }
}


function sameSet(a: ReadonlySet<Id> | undefined, b: ReadonlySet<Id>): boolean {
  if (a === b) return true;
  if (!a || a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

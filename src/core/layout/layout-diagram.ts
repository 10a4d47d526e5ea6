import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram, Id, Point } from '../model/types';
import { buildAdjacency, clusterTables, type Cluster } from './cluster-tables';
import { packBoxes } from './pack-boxes';
import { tableSize } from './table-size';

/**
 * Automatic layout of a diagram's tables:
 * 1. the foreign-key graph is cut into clusters of related tables (cluster-tables.ts);
 * 2. ELK's layered algorithm lays out each cluster (parents left, children right, few crossings),
 *    all clusters in one elkjs call as sibling sub-graphs;
 * 3. clusters are packed in rows (pack-boxes.ts) in the order of a walk over the links between
 *    them, so related clusters sit side by side and the whole is roughly 16:10.
 * Node sizes come from tableSize(), the canvas's own sizes, so tables never overlap.
 *
 * Pure (no DOM): the app runs it in a Web Worker (src/ui/workers/layout.worker.ts); the CLI and
 * tests call it directly.
 */
export type LayoutPositions = Record<Id, Point>;

export interface LayoutOptions {
  /** The largest cluster handed to ELK in one piece. */
  maxClusterSize?: number;
}

const GAP = 80;

const CLUSTER_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'POLYLINE',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.thoroughness': '3',
  'elk.separateConnectedComponents': 'true',
  'elk.aspectRatio': '1.6',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

/** The root only holds the clusters: we place them ourselves. */
const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'fixed',
  'elk.hierarchyHandling': 'SEPARATE_CHILDREN',
};

let elk: ELK | undefined;

/** elkjs (1.5 MB) loads on the first layout, not with the core. */
async function loadElk(): Promise<ELK> {
  if (!elk) {
    const { default: ElkConstructor } = await import('elkjs/lib/elk.bundled.js');
    elk = new ElkConstructor();
  }
  return elk;
}

export async function layoutDiagram(diagram: Diagram, options: LayoutOptions = {}): Promise<LayoutPositions> {
  if (diagram.tables.length === 0) return {};
  const engine = await loadElk();
  const adjacency = buildAdjacency(diagram);
  const clusters = clusterTables(diagram, adjacency, options.maxClusterSize ?? 40);
  const clusterOf = new Map<Id, number>();
  clusters.forEach((c, i) => c.tableIds.forEach((id) => clusterOf.set(id, i)));
  const tablesById = new Map(diagram.tables.map((t) => [t.id, t]));

  const graph: ElkNode = {
    id: 'root',
    layoutOptions: ROOT_OPTIONS,
    children: clusters.map((cluster, i) => ({
      id: `cluster_${i}`,
      layoutOptions: CLUSTER_OPTIONS,
      children: cluster.tableIds.flatMap((id) => {
        const table = tablesById.get(id);
        return table ? [{ id, ...tableSize(table) }] : [];
      }),
      edges: clusterEdges(cluster, adjacency, clusterOf, i, diagram),
    })),
  };
  const result = await engine.layout(graph);

  const boxes = (result.children ?? []).map((c) => ({ width: c.width ?? 0, height: c.height ?? 0 }));
  const order = clusterOrder(clusters, adjacency, clusterOf);
  const packed = packBoxes(order.map((i) => boxes[i]), GAP);
  const positions: LayoutPositions = {};
  order.forEach((clusterIndex, k) => {
    const origin = packed[k];
    for (const node of result.children?.[clusterIndex]?.children ?? []) {
      positions[node.id] = { x: Math.round(origin.x + (node.x ?? 0)), y: Math.round(origin.y + (node.y ?? 0)) };
    }
  });
  return positions;
}

/** Edges inside one cluster, parent -> child, without duplicates or self references. */
function clusterEdges(cluster: Cluster, adjacency: Map<Id, Set<Id>>, clusterOf: Map<Id, number>, index: number, diagram: Diagram): ElkExtendedEdge[] {
  const members = new Set(cluster.tableIds);
  const edges: ElkExtendedEdge[] = [];
  const seen = new Set<string>();
  for (const table of diagram.tables) {
    if (!members.has(table.id)) continue;
    for (const fk of table.foreignKeys) {
      if (fk.refTableId === table.id || clusterOf.get(fk.refTableId) !== index) continue;
      const key = `${fk.refTableId}>${table.id}`;
      if (seen.has(key) || !adjacency.has(fk.refTableId)) continue;
      seen.add(key);
      edges.push({ id: `c${index}_e${edges.length}`, sources: [fk.refTableId], targets: [table.id] });
    }
  }
  return edges;
}

/**
 * The order clusters are packed in: a walk that always continues with the unvisited cluster most
 * linked to the ones already placed (largest first when nothing is linked), so related clusters
 * are neighbours; lone tables come last.
 */
function clusterOrder(clusters: Cluster[], adjacency: Map<Id, Set<Id>>, clusterOf: Map<Id, number>): number[] {
  const links = clusters.map(() => new Map<number, number>());
  clusters.forEach((cluster, i) => {
    for (const id of cluster.tableIds) {
      for (const next of adjacency.get(id) ?? []) {
        const j = clusterOf.get(next);
        if (j !== undefined && j !== i) links[i].set(j, (links[i].get(j) ?? 0) + 1);
      }
    }
  });
  const order: number[] = [];
  const placed = new Set<number>();
  const score = new Map<number, number>();
  const bySize = clusters.map((_, i) => i).sort((a, b) => clusters[b].tableIds.length - clusters[a].tableIds.length || a - b);
  while (order.length < clusters.length) {
    let next: number | undefined;
    let best = 0;
    for (const [i, s] of score) if (s > best) [next, best] = [i, s];
    next ??= bySize.find((i) => !placed.has(i));
    if (next === undefined) break;
    order.push(next);
    placed.add(next);
    score.delete(next);
    for (const [j, n] of links[next]) if (!placed.has(j)) score.set(j, (score.get(j) ?? 0) + n);
  }
  return order;
}

/** The diagram with the given table positions; tables without one keep theirs. */
export function applyLayout(diagram: Diagram, positions: LayoutPositions): Diagram {
  return {
    ...diagram,
    tables: diagram.tables.map((t) => {
      const p = positions[t.id];
      return p && (p.x !== t.position.x || p.y !== t.position.y) ? { ...t, position: p } : t;
    }),
  };
}

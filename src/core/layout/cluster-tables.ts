import type { Diagram, Id } from '../model/types';

/**
 * Splits the foreign-key graph into clusters of related tables, at most `maxSize` each.
 *
 * Why: ELK's layered algorithm is quadratic-ish in the length of the paths it must draw (every
 * edge that spans layers adds dummy nodes), so one layered pass over a 500-table schema takes
 * many seconds and yields a drawing kilometres wide. Laying out clusters of related tables and
 * packing the clusters keeps related tables together at a fraction of the cost.
 *
 * Connected components small enough stay whole. Larger ones are grown greedily: seed with the
 * best-connected unassigned table, then repeatedly add the neighbour with the most links into
 * the cluster. Deterministic for a given diagram.
 */
export interface Cluster {
  tableIds: Id[];
}

export function buildAdjacency(diagram: Diagram): Map<Id, Set<Id>> {
  const adjacency = new Map<Id, Set<Id>>();
  for (const t of diagram.tables) adjacency.set(t.id, new Set());
  for (const t of diagram.tables) {
    for (const fk of t.foreignKeys) {
      if (fk.refTableId === t.id || !adjacency.has(fk.refTableId)) continue;
      adjacency.get(t.id)?.add(fk.refTableId);
      adjacency.get(fk.refTableId)?.add(t.id);
    }
  }
  return adjacency;
}

export function clusterTables(diagram: Diagram, adjacency: Map<Id, Set<Id>>, maxSize: number): Cluster[] {
  const clusters: Cluster[] = [];
  const seen = new Set<Id>();
  for (const t of diagram.tables) {
    if (seen.has(t.id)) continue;
    const component = collectComponent(t.id, adjacency, seen);
    if (component.length <= maxSize) clusters.push({ tableIds: component });
    else clusters.push(...splitComponent(component, adjacency, maxSize));
  }
  return clusters;
}

function collectComponent(start: Id, adjacency: Map<Id, Set<Id>>, seen: Set<Id>): Id[] {
  const component: Id[] = [];
  const queue = [start];
  seen.add(start);
  while (queue.length > 0) {
    const id = queue.shift() as Id;
    component.push(id);
    for (const next of adjacency.get(id) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return component;
}

function splitComponent(component: Id[], adjacency: Map<Id, Set<Id>>, maxSize: number): Cluster[] {
  const unassigned = new Set(component);
  const degree = (id: Id) => adjacency.get(id)?.size ?? 0;
  const clusters: Cluster[] = [];
  while (unassigned.size > 0) {
    let seed: Id | undefined;
    for (const id of unassigned) if (seed === undefined || degree(id) > degree(seed)) seed = id;
    if (seed === undefined) break;
    const members: Id[] = [seed];
    unassigned.delete(seed);
    // Links from each candidate into the growing cluster.
    const links = new Map<Id, number>();
    const touch = (id: Id) => {
      for (const next of adjacency.get(id) ?? []) if (unassigned.has(next)) links.set(next, (links.get(next) ?? 0) + 1);
    };
    touch(seed);
    while (members.length < maxSize && links.size > 0) {
      let best: Id | undefined;
      let bestLinks = -1;
      for (const [id, n] of links) {
        if (n > bestLinks || (n === bestLinks && best !== undefined && degree(id) > degree(best))) {
          best = id;
          bestLinks = n;
        }
      }
      if (best === undefined) break;
      links.delete(best);
      unassigned.delete(best);
      members.push(best);
      touch(best);
    }
    clusters.push({ tableIds: members });
  }
  return clusters;
}

import type { Id, Table } from './types';

/**
 * Where each table sits in a diagram's tables array, by id. Built once per array and remembered
 * (weakly, so old arrays are not kept alive). An edit that replaces tables in place, keeping ids
 * and order (a move), hands the same index to its new array, so a drag that writes the model on
 * every frame never rebuilds it.
 */
const indexes = new WeakMap<readonly Table[], ReadonlyMap<Id, number>>();

export function tableIndexOf(tables: readonly Table[]): ReadonlyMap<Id, number> {
  let index = indexes.get(tables);
  if (!index) {
    const built = new Map<Id, number>();
    tables.forEach((table, at) => built.set(table.id, at));
    index = built;
    indexes.set(tables, index);
  }
  return index;
}

/** The table with this id, through the index. */
export function tableWithId(tables: readonly Table[], tableId: Id): Table | undefined {
  const at = tableIndexOf(tables).get(tableId);
  return at === undefined ? undefined : tables[at];
}

/** Lets `next` share the index of `previous`: the caller made `next` by replacing table objects in place, same ids, same order. */
export function carryTableIndex(previous: readonly Table[], next: readonly Table[]): void {
  const index = indexes.get(previous);
  if (index && previous.length === next.length) indexes.set(next, index);
}

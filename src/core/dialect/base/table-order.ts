import type { Diagram, ForeignKey, Id, Table } from '../../model/types';

export interface TableOrder {
  /** Tables so that each comes after the tables its foreign keys reference, where a cycle allows it. */
  tables: Table[];
  /**
   * Foreign keys that reference a table created later (a cycle): they are added with
   * ALTER TABLE ... ADD CONSTRAINT once every table exists. Self-references are never deferred.
   */
  deferred: Set<ForeignKey>;
}

/**
 * Orders tables by foreign-key dependency with a depth-first walk in model order, so the result
 * is deterministic and stays close to the order the designer made. Iterative, so a long chain of
 * references cannot overflow the stack.
 */
export function orderTables(diagram: Diagram): TableOrder {
  const byId = new Map<Id, Table>();
  for (const table of diagram.tables) byId.set(table.id, table);
  const state = new Map<Id, 'visiting' | 'done'>();
  const tables: Table[] = [];

  for (const root of diagram.tables) {
    if (state.has(root.id)) continue;
    // Each frame: a table and the index of the next foreign key to follow.
    const stack: { table: Table; next: number }[] = [{ table: root, next: 0 }];
    state.set(root.id, 'visiting');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next < frame.table.foreignKeys.length) {
        const target = byId.get(frame.table.foreignKeys[frame.next++].refTableId);
        if (target && !state.has(target.id)) {
          state.set(target.id, 'visiting');
          stack.push({ table: target, next: 0 });
        }
        continue;
      }
      stack.pop();
      state.set(frame.table.id, 'done');
      tables.push(frame.table);
    }
  }

  const position = new Map<Id, number>();
  tables.forEach((t, i) => position.set(t.id, i));
  const deferred = new Set<ForeignKey>();
  for (const table of tables) {
    const own = position.get(table.id) ?? 0;
    for (const fk of table.foreignKeys) {
      const target = position.get(fk.refTableId);
      if (target !== undefined && target > own) deferred.add(fk);
    }
  }
  return { tables, deferred };
}

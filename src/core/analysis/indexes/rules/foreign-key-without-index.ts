import { accessPaths, columnNames, leftmostCovers, servesLookups } from '../access-paths';
import { suggestedIndexName } from '../index-name';
import { isSmallTable } from '../table-size';
import { SEED, type SchemaRule } from './rule';

/**
 * Foreign keys without an index whose leftmost columns cover them. Without one, every delete or
 * key update in the parent scans the child, and joins from parent to child cannot seek.
 * A UNIQUE(order_id, product_id) covers the foreign key on order_id, not the one on product_id.
 */
export const foreignKeyWithoutIndex: SchemaRule = {
  code: 'fk-without-index',
  rule: `${SEED} › Index Best Practices: index foreign keys`,
  check({ tablesById, table, options, takenNames }) {
    if (isSmallTable(table, options)) return [];
    const paths = accessPaths(table).filter(servesLookups).map((p) => p.columns);
    return table.foreignKeys
      .filter((fk) => {
        if (paths.some((p) => leftmostCovers(p, fk.columns))) return false;
        // Two foreign keys on the same columns need one index: the suggestion serves the next one.
        paths.push(fk.columns);
        return true;
      })
      .map((fk) => {
        const parent = tablesById.get(fk.refTableId);
        const name = suggestedIndexName(table, fk.columns, takenNames);
        const cols = columnNames(table, fk.columns);
        return {
          code: this.code,
          severity: 'warning',
          source: 'schema',
          table: table.id,
          tableName: table.name,
          columns: [...fk.columns],
          message: `The foreign key ${table.name}(${cols}) → ${parent?.name ?? fk.refTableId} has no index starting with ${fk.columns.length > 1 ? 'its columns' : 'its column'}: joins from ${parent?.name ?? 'the parent'} and every delete or key update there scan ${table.name}. Index ${table.name}(${cols}).`,
          rule: this.rule,
          fix: { action: 'create', tableId: table.id, columns: [...fk.columns], unique: false, method: 'btree', name },
          key: `fk-without-index:${table.id}:${fk.id}`,
        };
      });
  },
};

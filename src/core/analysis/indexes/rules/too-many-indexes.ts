import { accessPaths } from '../access-paths';
import { SEED, type SchemaRule } from './rule';

/** More indexes (counting unique constraints, which are indexes too) than the configured limit: every insert and update maintains each. */
export const tooManyIndexes: SchemaRule = {
  code: 'too-many-indexes',
  rule: `${SEED} › Don't create too many indexes (slows down writes)`,
  check({ table, options }) {
    const count = accessPaths(table).filter((p) => p.kind !== 'primary-key').length;
    if (count <= options.maxIndexesPerTable) return [];
    return [
      {
        code: this.code,
        severity: 'warning',
        source: 'schema',
        table: table.id,
        tableName: table.name,
        columns: [],
        message: `${table.name} has ${count} indexes and unique constraints (limit ${options.maxIndexesPerTable}): every insert, update and delete maintains each one. Drop those no query needs.`,
        rule: this.rule,
        key: `too-many-indexes:${table.id}`,
      },
    ];
  },
};

import { accessPaths } from '../access-paths';
import { suggestedIndexName } from '../index-name';
import { isSmallTable } from '../table-size';
import type { IndexFinding } from '../types';
import { SEED, type SchemaRule } from './rule';

/** Column types that exist to be searched as text: PostgreSQL's tsvector. */
const SEARCH_TYPES = new Set(['tsvector']);

/**
 * A full-text search column without a GIN (PostgreSQL) or FULLTEXT (MySQL) index: `@@` and
 * MATCH … AGAINST cannot use a btree, so every search reads every row.
 */
export const textSearchWithoutIndex: SchemaRule = {
  code: 'text-search-without-index',
  rule: `${SEED} › Full-Text Index (PostgreSQL): GIN on the tsvector column`,
  check({ table, options, takenNames }) {
    if (isSmallTable(table, options)) return [];
    const method = options.dialect === 'mysql' ? 'fulltext' : 'gin';
    const searchIndexed = new Set(accessPaths(table).filter((p) => p.method === 'gin' || p.method === 'fulltext' || p.method === 'gist').flatMap((p) => p.columns));
    const findings: IndexFinding[] = [];
    for (const column of table.columns) {
      if (!SEARCH_TYPES.has(column.type.name.toLowerCase()) || searchIndexed.has(column.id)) continue;
      const name = suggestedIndexName(table, [column.id], takenNames);
      findings.push({
        code: this.code,
        severity: 'warning',
        source: 'schema',
        table: table.id,
        tableName: table.name,
        columns: [column.id],
        message: `${table.name}.${column.name} is a text-search column without a ${method.toUpperCase()} index: every search reads the whole table. Create one.`,
        rule: this.rule,
        fix: { action: 'create', tableId: table.id, columns: [column.id], unique: false, method, name },
        key: `text-search-without-index:${table.id}:${column.id}`,
      });
    }
    return findings;
  },
};

import type { Diagram } from '../../../model/types';
import { accessPaths, columnNames, leftmostCovers } from '../access-paths';
import { diagramIndexNames, suggestedIndexName } from '../index-name';
import type { IndexFinding, ResolvedIndexOptions } from '../types';
import { ANTI_PATTERNS } from './anti-patterns/index';
import { collectUsage } from './collect-predicates';
import { parseWorkload, type WorkloadQuery } from './parse-workload';
import { alreadyServed, candidateFinding, candidateFor, mergeCandidates, type Candidate } from './suggest-indexes';

export interface WorkloadAnalysis {
  /** The schema findings, minus foreign-key suggestions a workload index already covers. */
  schema: IndexFinding[];
  findings: IndexFinding[];
  queries: WorkloadQuery[];
}

/**
 * Workload rules: composite indexes the queries need (merged across queries, skipping what an
 * index or key already serves), full-text columns searched without a GIN index, and the seed's
 * query anti-patterns. Foreign-key suggestions that a workload index starts with are folded into
 * it, so applying every suggestion never creates a redundant index.
 */
export function analyzeWorkload(diagram: Diagram, options: ResolvedIndexOptions, schema: readonly IndexFinding[]): WorkloadAnalysis {
  const queries = parseWorkload(options.queries);
  const findings: IndexFinding[] = [];
  const candidates: Candidate[] = [];
  const takenNames = diagramIndexNames(diagram);
  for (const f of schema) if (f.fix?.action === 'create') takenNames.add(f.fix.name.toLowerCase());
  const textSearch = new Map<string, { tableId: string; columnId: string; queries: number[] }>();

  for (const query of queries) {
    if (query.error || !query.statement) {
      findings.push({ code: 'query-unparsed', severity: 'warning', source: 'workload', table: '', tableName: '', columns: [], message: `Query #${query.index + 1} (line ${query.line}) could not be parsed: ${query.error ?? 'not a statement'}`, rule: 'workload', queries: [query.index], key: `query-unparsed:${query.index}` });
      continue;
    }
    const usage = collectUsage(diagram, query, options.lowCardinalityValues);
    for (const name of usage.unknownTables) {
      findings.push({ code: 'query-unknown-table', severity: 'info', source: 'workload', table: '', tableName: name, columns: [], message: `Query #${query.index + 1} (line ${query.line}) reads "${name}", which is not a table of the diagram; it is not analysed.`, rule: 'workload', queries: [query.index], key: `query-unknown-table:${query.index}:${name}` });
    }
    for (const u of usage.usages) {
      const c = candidateFor(diagram, u, options);
      if (c && !alreadyServed(c)) candidates.push(c);
      for (const columnId of u.textSearch) {
        const key = `${u.table.id}:${columnId}`;
        const entry = textSearch.get(key) ?? { tableId: u.table.id, columnId, queries: [] };
        entry.queries.push(query.index);
        textSearch.set(key, entry);
      }
    }
    for (const pattern of ANTI_PATTERNS) findings.push(...pattern.check({ diagram, query, options }));
  }

  const merged = mergeCandidates(candidates);
  let schemaFindings = [...schema];
  for (const c of merged) {
    // A foreign-key suggestion whose columns lead this index is served by it: keep one suggestion.
    const folded = schemaFindings.filter((f) => f.code === 'fk-without-index' && f.table === c.table.id && !c.where && leftmostCovers(c.columns, f.columns));
    schemaFindings = schemaFindings.filter((f) => !folded.includes(f));
    const finding = candidateFinding(c, takenNames, options.dialect);
    if (folded.length > 0) finding.message += ` It also covers the foreign key on (${folded.map((f) => columnNames(c.table, f.columns)).join('; ')}).`;
    findings.push(finding);
  }
  for (const { tableId, columnId, queries: qs } of textSearch.values()) {
    const table = diagram.tables.find((t) => t.id === tableId);
    const column = table?.columns.find((c) => c.id === columnId);
    if (!table || !column) continue;
    if (accessPaths(table).some((p) => (p.method === 'gin' || p.method === 'gist' || p.method === 'fulltext') && p.columns.includes(columnId))) continue;
    if (schemaFindings.some((f) => f.code === 'text-search-without-index' && f.table === tableId && f.columns[0] === columnId)) continue;
    const method = options.dialect === 'mysql' ? 'fulltext' : 'gin';
    const name = suggestedIndexName(table, [columnId], takenNames);
    findings.push({
      code: 'text-search-without-index',
      severity: 'warning',
      source: 'workload',
      table: tableId,
      tableName: table.name,
      columns: [columnId],
      message: `Quer${qs.length > 1 ? 'ies' : 'y'} ${qs.map((q) => `#${q + 1}`).join(', ')} search ${table.name}.${column.name} as text, which no btree serves. Create a ${method.toUpperCase()} index.`,
      rule: 'database-design.md › Indexes and Performance › Full-Text Index (PostgreSQL)',
      fix: { action: 'create', tableId, columns: [columnId], unique: false, method, name },
      queries: qs,
      key: `text-search-without-index:${tableId}:${columnId}`,
    });
  }
  return { schema: schemaFindings, findings, queries };
}

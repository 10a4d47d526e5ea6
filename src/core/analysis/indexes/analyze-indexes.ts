import type { Diagram } from '../../model/types';
import { diagramIndexNames } from './index-name';
import { SCHEMA_RULES } from './schema-rules';
import type { IndexAnalysisOptions, IndexFinding, ResolvedIndexOptions } from './types';
import { analyzeWorkload } from './workload/analyze-workload';

export function resolveIndexOptions(diagram: Diagram, options: IndexAnalysisOptions = {}): ResolvedIndexOptions {
  return {
    dialect: options.dialect ?? 'postgres',
    maxIndexesPerTable: options.maxIndexesPerTable ?? 10,
    smallTableRows: options.smallTableRows ?? 1000,
    lowCardinalityValues: options.lowCardinalityValues ?? 5,
    rowEstimates: options.rowEstimates ?? diagram.workload?.rowEstimates ?? {},
    queries: options.queries ?? diagram.workload?.queries ?? '',
    largeOffset: options.largeOffset ?? 1000,
  };
}

/**
 * The index advisor: schema rules over every table, then workload rules over the queries (the
 * diagram's own, or options.queries). Pure and deterministic; each finding with a fix applies
 * with applyIndexFix().
 */
export function analyzeIndexes(diagram: Diagram, options: IndexAnalysisOptions = {}): IndexFinding[] {
  const resolved = resolveIndexOptions(diagram, options);
  const schema = schemaFindings(diagram, resolved);
  if (!resolved.queries.trim()) return schema;
  const workload = analyzeWorkload(diagram, resolved, schema);
  return [...workload.schema, ...workload.findings];
}

/** Schema rules only, with at most one drop per index. */
export function schemaFindings(diagram: Diagram, options: ResolvedIndexOptions): IndexFinding[] {
  const takenNames = diagramIndexNames(diagram);
  const findings: IndexFinding[] = [];
  const tablesById = new Map(diagram.tables.map((t) => [t.id, t]));
  for (const table of diagram.tables) {
    const dropped = new Set<string>();
    for (const rule of SCHEMA_RULES) {
      for (const finding of rule.check({ diagram, tablesById, table, options, takenNames })) {
        if (finding.fix?.action === 'drop') {
          if (dropped.has(finding.fix.indexId)) continue;
          dropped.add(finding.fix.indexId);
        }
        findings.push(finding);
      }
    }
  }
  return findings;
}

import type { Diagram, Table } from '../../../model/types';
import type { IndexFinding, ResolvedIndexOptions } from '../types';

/** What every schema rule sees: the diagram, one table, the options, and the names already suggested (kept unique). */
export interface RuleContext {
  diagram: Diagram;
  /** Tables by id, built once per analysis (rules look up parents of foreign keys). */
  tablesById: ReadonlyMap<string, Table>;
  table: Table;
  options: ResolvedIndexOptions;
  /** Index names the advisor has already proposed in this run. */
  takenNames: Set<string>;
}

/** A schema rule: one file each, pure, returning findings as data. */
export interface SchemaRule {
  code: IndexFinding['code'];
  /** The seed's rule it applies, cited on every finding. */
  rule: string;
  check(context: RuleContext): IndexFinding[];
}

export const SEED = 'database-design.md › Indexes and Performance';

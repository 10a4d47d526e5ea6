import type { DialectName } from '../../dialect/dialect';
import type { Id, IndexMethod } from '../../model/types';

/**
 * Findings of the index advisor are data: a stable code, the table and columns they are about,
 * a message in plain words, the rule of the seed they apply, and an optional fix that applies as
 * one pure edit. UI and CLI show the same text; tests match on the code.
 */

export type IndexFindingCode =
  // schema rules
  | 'fk-without-index'
  | 'duplicate-index'
  | 'redundant-index'
  | 'low-cardinality-index'
  | 'too-many-indexes'
  | 'index-duplicates-constraint'
  | 'text-search-without-index'
  | 'small-table-index'
  // workload rules
  | 'workload-index'
  | 'leading-wildcard-like'
  | 'or-across-columns'
  | 'or-same-column'
  | 'select-star'
  | 'count-instead-of-exists'
  | 'union-instead-of-union-all'
  | 'function-on-column'
  | 'large-offset'
  | 'query-unparsed'
  | 'query-unknown-table';

export type IndexFindingSeverity = 'warning' | 'info';

/** Create an index (columns in key order), or drop one by id. */
export type IndexFix =
  | {
      action: 'create';
      tableId: Id;
      columns: Id[];
      /** Non-key INCLUDE columns, by id (PostgreSQL covering index); absent for MySQL. */
      include?: Id[];
      /** Descending key columns, by id (ORDER BY ... DESC). */
      descending?: Id[];
      unique: boolean;
      method: IndexMethod;
      /** A partial index's predicate, without WHERE. */
      where?: string;
      /** The name the index gets; unique across the diagram when the advisor made it. */
      name: string;
    }
  | { action: 'drop'; tableId: Id; indexId: Id; columns: Id[]; unique: boolean; method: IndexMethod; name?: string };

export interface IndexFinding {
  code: IndexFindingCode;
  severity: IndexFindingSeverity;
  /** 'schema' rules read only the model; 'workload' rules read the user's queries too. */
  source: 'schema' | 'workload';
  /** Table id; empty for findings about a query as a whole. */
  table: Id;
  tableName: string;
  /** Column ids the finding is about, in index-key order for index suggestions. */
  columns: Id[];
  message: string;
  /** The seed rule the finding applies ("Indexes and Performance › ..."). */
  rule: string;
  fix?: IndexFix;
  /** Workload findings: the queries (0-based positions in the workload) that motivated it. */
  queries?: number[];
  /** Anti-patterns: the suggested rewrite, in words or SQL. */
  rewrite?: string;
  /** A stable key, so the UI can keep state (verification, dismissal) per finding. */
  key: string;
}

export interface IndexAnalysisOptions {
  /** The dialect suggestions are made for: GIN vs FULLTEXT, and whether the planner can verify. Default 'postgres'. */
  dialect?: DialectName;
  /** More indexes (and unique constraints) than this on one table is flagged. Default 10. */
  maxIndexesPerTable?: number;
  /** Tables estimated below this many rows need no secondary index. Default 1,000. */
  smallTableRows?: number;
  /** An enum with at most this many values is low-cardinality. Default 5. */
  lowCardinalityValues?: number;
  /** Row estimates by table id; defaults to the diagram's workload estimates. */
  rowEstimates?: Readonly<Record<Id, number>>;
  /** SQL the application runs; defaults to the diagram's workload queries. */
  queries?: string;
  /** OFFSET at or above this is flagged (keyset pagination). Default 1,000. */
  largeOffset?: number;
}

export type ResolvedIndexOptions = Required<Omit<IndexAnalysisOptions, 'queries'>> & { queries: string };

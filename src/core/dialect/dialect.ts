import type { Diagram } from '../model/types';
import type { DialectCapabilities } from './capabilities';

/** The SQL dialects the DDL generators write. */
export const DIALECT_NAMES = ['postgres', 'mysql'] as const;
export type DialectName = (typeof DIALECT_NAMES)[number];

/**
 * Stable codes for everything a generator could not write as modelled. The UI and the CLI show
 * the same messages; tests and tools match on the code.
 */
export type DdlWarningCode =
  | 'array-unsupported'
  | 'check-conflict'
  | 'default-dropped'
  | 'default-translated'
  | 'duplicate-name'
  | 'enum-invalid'
  | 'expression-unsafe'
  | 'fk-action-unsupported'
  | 'fk-invalid'
  | 'fk-type-mismatch'
  | 'identifier-invalid'
  | 'identifier-too-long'
  | 'identity-invalid'
  | 'identity-translated'
  | 'index-invalid'
  | 'index-method-unsupported'
  | 'index-order-unsupported'
  | 'index-prefix'
  | 'key-too-long'
  | 'nullable-key-column'
  | 'partial-index-unsupported'
  | 'include-unsupported'
  | 'primary-key-name-ignored'
  | 'redundant-constraint'
  | 'rerun-unsafe'
  | 'table-empty'
  | 'text-changed'
  | 'text-too-long'
  | 'type-adjusted'
  | 'type-needs-extension'
  | 'type-translated'
  | 'type-unknown'
  | 'type-unsafe';

/** 'warning': the script differs from the model (or may fail). 'info': same meaning, different spelling. */
export type DdlWarningSeverity = 'warning' | 'info';

/** One thing the target dialect cannot express as modelled; never dropped silently. */
export interface DdlWarning {
  code: DdlWarningCode;
  severity: DdlWarningSeverity;
  /** The table's name as modelled (schema-qualified when it has a schema); absent for diagram-wide things such as enums. */
  table?: string;
  column?: string;
  message: string;
}

export interface DdlOptions {
  /** 'needed' (default) quotes reserved words, upper case (PostgreSQL) and odd characters; 'always' quotes every identifier. */
  quoteIdentifiers?: 'needed' | 'always';
  /** CREATE ... IF NOT EXISTS, so the script can run again on a database that has some of it. */
  ifNotExists?: boolean;
  /** DROP ... IF EXISTS every table (and PostgreSQL enum type) before creating it. */
  dropFirst?: boolean;
  /** Write `schema.table` for tables (and enums) that have a schema, creating the schemas first. */
  schemaQualified?: boolean;
  /** A leading `--` comment naming the diagram and dialect (default true). */
  header?: boolean;
}

export interface DdlResult {
  dialect: DialectName;
  /** The whole script. */
  sql: string;
  /** The script's statements, each ending in `;`, in execution order (for running them one by one). */
  statements: string[];
  warnings: DdlWarning[];
  /** Index in `statements` of each table's CREATE TABLE, by the table name warnings use (schema-qualified when it has a schema). */
  tableStatements: Record<string, number>;
}

/** A DDL dialect: its name, capabilities and generator. */
export interface SqlDialect {
  name: DialectName;
  /** The product name people read, e.g. "PostgreSQL". */
  label: string;
  capabilities: DialectCapabilities;
  generate(diagram: Diagram, options?: DdlOptions): DdlResult;
}

import type { IndexMethod, ReferentialAction } from '../model/types';

/**
 * What a dialect can express, as named flags. The shared compiler asks these instead of
 * comparing dialect names, so a third dialect is a new flag set plus the overrides that differ.
 */
export interface DialectCapabilities {
  /** Enums are named types (CREATE TYPE ... AS ENUM) rather than an inline ENUM(...) column type. */
  enumTypes: boolean;
  /** Columns can hold arrays (text[]). */
  arrayTypes: boolean;
  /** GENERATED ... AS IDENTITY columns. */
  identityColumns: boolean;
  /** Indexes with a WHERE predicate. */
  partialIndexes: boolean;
  /** Indexes can carry non-key INCLUDE columns (covering indexes). */
  includeColumns: boolean;
  /** Index key parts can be DESC. */
  descendingIndexes: boolean;
  /** Index methods the dialect builds as asked (others are mapped or warned about). */
  indexMethods: readonly IndexMethod[];
  /** Indexes are written inside CREATE TABLE (MySQL KEY ...) rather than as CREATE INDEX statements. */
  inlineIndexes: boolean;
  /** CREATE INDEX IF NOT EXISTS. */
  indexIfNotExists: boolean;
  /** Comments via COMMENT ON statements rather than inline COMMENT '...' clauses. */
  commentOn: boolean;
  /** DROP TABLE ... CASCADE removes dependent foreign keys. */
  dropCascade: boolean;
  /** DDL runs inside a transaction and rolls back with it. */
  transactionalDdl: boolean;
  /** ON DELETE / ON UPDATE actions the dialect accepts. */
  referentialActions: readonly ReferentialAction[];
  /** Longest identifier, and whether it is counted in UTF-8 bytes or in characters. */
  maxIdentifierLength: number;
  identifierLengthUnit: 'bytes' | 'characters';
  /** Column, index and constraint names compare case-insensitively. */
  caseInsensitiveNames: boolean;
  /** Backslash is an escape character inside string literals. */
  backslashEscapes: boolean;
  /** `#` starts a comment outside quotes. */
  hashComments: boolean;
}

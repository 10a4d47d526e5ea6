import type { DialectCapabilities } from '../capabilities';

export const MYSQL_CAPABILITIES: DialectCapabilities = {
  enumTypes: false,
  arrayTypes: false,
  identityColumns: false,
  partialIndexes: false,
  includeColumns: false,
  // MySQL 8 and MariaDB 10.8+ build DESC key parts; older servers parse and ignore them.
  descendingIndexes: true,
  indexMethods: ['btree', 'fulltext'],
  inlineIndexes: true,
  indexIfNotExists: false,
  commentOn: false,
  dropCascade: false,
  transactionalDdl: false,
  // InnoDB parses SET DEFAULT but rejects tables that use it.
  referentialActions: ['no-action', 'restrict', 'cascade', 'set-null'],
  maxIdentifierLength: 64,
  identifierLengthUnit: 'characters',
  caseInsensitiveNames: true,
  backslashEscapes: true,
  hashComments: true,
};

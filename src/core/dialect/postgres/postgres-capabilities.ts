import type { DialectCapabilities } from '../capabilities';

export const POSTGRES_CAPABILITIES: DialectCapabilities = {
  enumTypes: true,
  arrayTypes: true,
  identityColumns: true,
  partialIndexes: true,
  includeColumns: true,
  descendingIndexes: true,
  indexMethods: ['btree', 'hash', 'gin', 'gist'],
  inlineIndexes: false,
  indexIfNotExists: true,
  commentOn: true,
  dropCascade: true,
  transactionalDdl: true,
  referentialActions: ['no-action', 'restrict', 'cascade', 'set-null', 'set-default'],
  // NAMEDATALEN - 1; longer names are silently truncated.
  maxIdentifierLength: 63,
  identifierLengthUnit: 'bytes',
  caseInsensitiveNames: false,
  backslashEscapes: false,
  hashComments: false,
};

import type { SqlDialect } from '../dialect';
import { POSTGRES_CAPABILITIES } from './postgres-capabilities';
import { PostgresDdlCompiler } from './postgres-ddl-compiler';

export const postgresDialect: SqlDialect = {
  name: 'postgres',
  label: 'PostgreSQL',
  capabilities: POSTGRES_CAPABILITIES,
  generate: (diagram, options) => new PostgresDdlCompiler(diagram, options).compile(),
};

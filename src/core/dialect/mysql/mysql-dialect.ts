import type { SqlDialect } from '../dialect';
import { MYSQL_CAPABILITIES } from './mysql-capabilities';
import { MysqlDdlCompiler } from './mysql-ddl-compiler';

export const mysqlDialect: SqlDialect = {
  name: 'mysql',
  label: 'MySQL',
  capabilities: MYSQL_CAPABILITIES,
  generate: (diagram, options) => new MysqlDdlCompiler(diagram, options).compile(),
};

import type { Diagram } from '../model/types';
import type { DdlOptions, DdlResult, DialectName, SqlDialect } from './dialect';
import { mysqlDialect } from './mysql/mysql-dialect';
import { postgresDialect } from './postgres/postgres-dialect';

/** Every dialect, by name. */
export const DIALECTS: Readonly<Record<DialectName, SqlDialect>> = {
  postgres: postgresDialect,
  mysql: mysqlDialect,
};

export function isDialectName(name: string): name is DialectName {
  return Object.hasOwn(DIALECTS, name);
}

/**
 * The DDL script that creates the diagram's schema in `dialect`, with the warnings about what
 * the dialect could not express as modelled. Pure and deterministic: the same diagram and
 * options always give the same text.
 */
export function generateDdl(diagram: Diagram, dialect: DialectName, options: DdlOptions = {}): DdlResult {
  return DIALECTS[dialect].generate(diagram, options);
}

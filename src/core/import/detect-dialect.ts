import type { SqlDialectName } from './import-types';

/**
 * A guess at the dialect of a SQL script, for when the user did not say: MySQL dumps carry
 * backquoted names, ENGINE= options, AUTO_INCREMENT or conditional comments; PostgreSQL ones
 * carry pg_dump's SET lines, ::casts, $$ bodies or ALTER TABLE ONLY. Ties go to PostgreSQL.
 */
export function detectSqlDialect(text: string): SqlDialectName {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const count = (re: RegExp) => sample.match(re)?.length ?? 0;
  const mysql = count(/`/g) / 4 + count(/\bENGINE\s*=/gi) * 5 + count(/\bAUTO_INCREMENT\b/gi) * 3 + count(/\/\*!\d+/g) * 3 + count(/^\s*DELIMITER\s/gim) * 5 + count(/\bUNSIGNED\b/gi);
  const postgres = count(/::[a-z]/gi) * 2 + count(/\$\$/g) * 2 + count(/\bALTER TABLE ONLY\b/gi) * 5 + count(/\bpg_catalog\b/gi) * 3 + count(/\bSERIAL\b|\bBIGSERIAL\b/gi) * 2 + count(/\bCREATE TYPE\b[^;]*\bAS ENUM\b/gi) * 3 + count(/^\\[a-z]/gim) * 3;
  return mysql > postgres ? 'mysql' : 'postgres';
}

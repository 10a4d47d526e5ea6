import type { Statement } from 'pgsql-ast-parser';
import { splitStatements } from '../../../import/split-statements';
import { parseStatements } from './sql-parser';

/** One statement of the workload, parsed or with the parser's message. */
export interface WorkloadQuery {
  /** 0-based position among the workload's statements. */
  index: number;
  /** The statement as written (placeholders `?` kept). */
  text: string;
  /** The SQL sent to PostgreSQL: `?` placeholders numbered `$1, $2...`. */
  sql: string;
  /** Offset of the statement in the workload text, and its 1-based line. */
  start: number;
  line: number;
  statement?: Statement;
  error?: string;
  /** True when the statement has parameters ($n or ?), so it is explained as a generic plan. */
  hasParameters: boolean;
}

/**
 * Splits the workload into statements and parses each with pgsql-ast-parser: pure JavaScript and
 * synchronous once loaded (see loadWorkloadParser), with a typed AST. Application placeholders
 * `?` (JDBC, MySQL drivers) become `$n` first, since only `$n` is PostgreSQL syntax.
 */
export function parseWorkload(text: string): WorkloadQuery[] {
  return splitStatements(text, 'postgres')
    .filter((s) => s.kind === 'sql' && s.text.trim() !== '')
    .map((s, index) => {
      const leading = s.text.length - s.text.trimStart().length;
      const start = s.start + leading;
      const line = text.slice(0, start).split('\n').length;
      const statementText = s.text.trim();
      const sql = numberPlaceholders(statementText);
      const hasParameters = /\$\d+/.test(stripQuoted(sql));
      try {
        const [statement] = parseStatements(sql);
        return { index, text: statementText, sql, start, line, statement, hasParameters };
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        return { index, text: statementText, sql, start, line, error: message, hasParameters };
      }
    });
}

/** `?` outside quotes and comments becomes `$1`, `$2`... in order, and MySQL `backticks` become "double quotes". */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let out = '';
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === "'" || ch === '"') {
      const end = closingQuote(sql, i, ch);
      out += sql.slice(i, end + 1);
      i = end;
    } else if (ch === '`') {
      // MySQL quotes identifiers with backticks; PostgreSQL with double quotes.
      const end = closingQuote(sql, i, ch);
      out += `"${sql.slice(i + 1, end).replace(/``/g, '`').replace(/"/g, '""')}"`;
      i = end;
    } else if (ch === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop - 1;
    } else if (ch === '?' && !/[?|&@#-]/.test(sql[i + 1] ?? '') && !/[?|&@#-]/.test(sql[i - 1] ?? '')) {
      out += `$${++n}`;
    } else out += ch;
  }
  return out;
}

function closingQuote(sql: string, from: number, quote: string): number {
  for (let i = from + 1; i < sql.length; i++) {
    if (sql[i] !== quote) continue;
    if (sql[i + 1] === quote) i++;
    else return i;
  }
  return sql.length - 1;
}

function stripQuoted(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "''");
}

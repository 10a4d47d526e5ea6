import type { ColumnDefault } from './types';

/**
 * The text form of a default value, as typed in the properties panel: a quoted string, a number,
 * true/false or NULL is a literal; anything else (CURRENT_TIMESTAMP, gen_random_uuid()) is an
 * expression kept as written.
 */
export function formatDefault(value: ColumnDefault | undefined): string {
  if (!value) return '';
  if (value.kind === 'expression') return value.sql;
  if (value.value === null) return 'NULL';
  if (typeof value.value === 'string') return `'${value.value.replace(/'/g, "''")}'`;
  return String(value.value);
}

export function parseDefault(text: string): ColumnDefault | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^null$/i.test(trimmed)) return { kind: 'literal', value: null };
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'literal', value: trimmed.toLowerCase() === 'true' };
  if (/^-?\d+(\.\d+)?$/.test(trimmed) && Number.isFinite(Number(trimmed))) return { kind: 'literal', value: Number(trimmed) };
  const quoted = /^'((?:[^']|'')*)'$/.exec(trimmed);
  if (quoted) return { kind: 'literal', value: quoted[1].replace(/''/g, "'") };
  return { kind: 'expression', sql: trimmed };
}

/**
 * Small scans over SQL fragments that respect quotes. They run only on fragments that passed
 * checkSqlFragment (quotes closed, parentheses balanced).
 */

/**
 * The first index from `start` that lies outside quoted text and satisfies `matches`, or -1.
 * Doubled quotes and backslash escapes inside '...' stay part of the quoted text.
 */
function findOutsideQuotes(sql: string, start: number, matches: (at: number) => boolean): number {
  let quote: string | undefined;
  for (let i = start; i < sql.length; i++) {
    const ch = sql[i];
    if (quote !== undefined) {
      if (ch === quote) {
        if (sql[i + 1] === quote) i++;
        else quote = undefined;
      } else if (ch === '\\' && quote === "'") i++;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (matches(i)) return i;
  }
  return -1;
}

/** Index of the parenthesis closing the one at `open`, skipping quoted text; -1 if none. */
function closingParen(sql: string, open: number): number {
  let depth = 0;
  return findOutsideQuotes(sql, open, (at) => {
    if (sql[at] === '(') depth++;
    else if (sql[at] === ')') return --depth === 0;
    return false;
  });
}

/** True for `(...)` where the first parenthesis closes at the very end. */
export function isWrapped(sql: string): boolean {
  return sql.startsWith('(') && closingParen(sql, 0) === sql.length - 1;
}

/** True for one function call such as `gen_random_uuid()` or `now()`, and nothing after it. */
export function isSingleCall(sql: string): boolean {
  const match = /^[A-Za-z_][A-Za-z0-9_.]*\s*\(/.exec(sql);
  return match !== null && closingParen(sql, match[0].length - 1) === sql.length - 1;
}

/** True when `needle` occurs in `sql` outside quoted text. */
export function containsOutsideQuotes(sql: string, needle: string): boolean {
  return findOutsideQuotes(sql, 0, (at) => sql.startsWith(needle, at)) >= 0;
}

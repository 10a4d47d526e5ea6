/**
 * Checks a SQL fragment the designer wrote (a CHECK, a default expression, an index predicate)
 * before it is pasted into a statement. Fragments are kept as written, so this cannot prove them
 * valid; it only makes sure one cannot end its statement or swallow the rest of a line: no `;`
 * or comment outside quotes, quotes closed, parentheses balanced. Returns the problem, if any.
 */
export interface FragmentRules {
  /** Backslash escapes the next character inside quotes (MySQL). */
  backslashEscapes: boolean;
  /** `#` starts a comment (MySQL). */
  hashComments: boolean;
}

export function checkSqlFragment(sql: string, rules: FragmentRules): string | undefined {
  if (sql.trim() === '') return 'it is empty';
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < sql.length; i++) {
    const ch = sql[i];
    if (ch === '\0') return 'it contains a NUL character';
    if (quote !== undefined) {
      if (rules.backslashEscapes && ch === '\\' && quote === "'") i++;
      else if (ch === quote) {
        // A doubled quote is an escaped quote inside the same literal or identifier.
        if (sql[i + 1] === quote) i++;
        else quote = undefined;
      }
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (--depth < 0) return 'it closes a parenthesis it did not open';
    } else if (ch === ';') return 'it contains a ";" outside quotes';
    else if (ch === '-' && sql[i + 1] === '-') return 'it contains a "--" comment';
    else if (ch === '/' && sql[i + 1] === '*') return 'it contains a "/*" comment';
    else if (ch === '#' && rules.hashComments) return 'it contains a "#" comment';
  }
  if (quote !== undefined) return `a ${quote} quote is not closed`;
  if (depth > 0) return 'a parenthesis is not closed';
  return undefined;
}

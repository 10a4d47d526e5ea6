/**
 * Rewrites, at equal length, the few valid MySQL spellings node-sql-parser's grammar rejects, so
 * that its error offsets still point into the user's text. Each rewrite is listed here with the
 * corpus file that needed it:
 * - NVARCHAR(n) / NCHAR(n) (my_chinook.sql): the national character set is utf8; read as VARCHAR / CHAR.
 * - `varchar(n) BINARY` (my_roundcube_initial.sql): the BINARY attribute picks the binary collation,
 *   which the model does not hold; blanked, with a notice.
 */
export interface PatchedStatement {
  text: string;
  notes: string[];
}

export function patchMysqlForParser(text: string): PatchedStatement {
  const notes: string[] = [];
  const patched = mapOutsideQuotes(text, (code) =>
    code
      .replace(/\bNVARCHAR\b/gi, 'VARCHAR ')
      .replace(/\bNCHAR\b/gi, 'CHAR ')
      .replace(/(\b(?:VAR)?CHAR\s*\(\s*\d+\s*\)|\bTEXT)(\s+)BINARY\b/gi, (_all, type: string, space: string) => {
        if (notes.length === 0) notes.push('the BINARY column attribute (binary collation) is not held by the diagram');
        return `${type}${space}      `;
      }),
  );
  return { text: patched, notes };
}

/** Applies `fn` to the parts of `text` outside quotes and comments; `fn` must keep lengths. */
function mapOutsideQuotes(text: string, fn: (code: string) => string): string {
  let out = '';
  let code = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    let end = -1;
    if (ch === "'" || ch === '"' || ch === '`') end = quotedEnd(text, i, ch);
    else if ((ch === '-' && text[i + 1] === '-') || ch === '#') end = lineEnd(text, i);
    else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      end = close < 0 ? text.length : close + 2;
    }
    if (end < 0) {
      code += ch;
      i++;
      continue;
    }
    out += fn(code) + text.slice(i, end);
    code = '';
    i = end;
  }
  return out + fn(code);
}

function quotedEnd(text: string, from: number, quote: string): number {
  let i = from + 1;
  while (i < text.length) {
    if (text[i] === '\\' && quote !== '`') i += 2;
    else if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

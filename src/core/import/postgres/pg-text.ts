import { pgQuerySync } from '../lazy-parsers';

/**
 * The text of one PostgreSQL statement, with the token list libpg-query's scanner gives.
 *
 * libpg-query has no deparser, and the model keeps expressions (defaults, checks, index
 * predicates) "as written", so we cut them out of the source: the AST gives where an expression
 * starts, the tokens tell where it ends (balanced parentheses, a top-level comma or keyword).
 * PostgreSQL reports byte offsets in UTF-8; `charAt` turns them into string indexes.
 */
export interface PgToken {
  start: number;
  end: number;
  text: string;
  upper: string;
}

export class PgText {
  private tokenList: PgToken[] | undefined;
  private readonly byteToChar: number[] | undefined;

  constructor(readonly text: string) {
    if (isAscii(text)) return;
    const map: number[] = [];
    const encoder = new TextEncoder();
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i) ?? 0;
      const bytes = encoder.encode(String.fromCodePoint(code)).length;
      for (let b = 0; b < bytes; b++) map.push(i);
      if (code > 0xffff) i++;
    }
    map.push(text.length);
    this.byteToChar = map;
  }

  /** A byte offset reported by PostgreSQL -> an index into `text`. */
  charAt(byteOffset: number): number {
    if (!this.byteToChar) return byteOffset;
    return this.byteToChar[Math.min(byteOffset, this.byteToChar.length - 1)] ?? this.text.length;
  }

  tokens(): PgToken[] {
    if (!this.tokenList) {
      this.tokenList = (pgQuerySync().scanSync(this.text).tokens ?? []).map((t) => {
        const start = this.charAt(t.start);
        const end = this.charAt(t.end);
        const text = this.text.slice(start, end);
        return { start, end, text, upper: text.toUpperCase() };
      });
    }
    return this.tokenList;
  }

  /** Index of the first token starting at or after `charOffset`. */
  private tokenIndexAt(charOffset: number): number {
    const tokens = this.tokens();
    let i = 0;
    while (i < tokens.length && tokens[i].start < charOffset) i++;
    return i;
  }

  /**
   * The expression after the keyword at `byteLocation` (DEFAULT, SET DEFAULT ...), up to a
   * top-level comma, the closing parenthesis of the enclosing list, or one of `stopWords`.
   */
  expressionAfterKeyword(byteLocation: number, keyword: string, stopWords: ReadonlySet<string>): string | undefined {
    const tokens = this.tokens();
    let i = this.tokenIndexAt(this.charAt(byteLocation));
    while (i < tokens.length && tokens[i].upper !== keyword) i++;
    return this.expressionFrom(i + 1, stopWords);
  }

  private expressionFrom(first: number, stopWords: ReadonlySet<string>): string | undefined {
    const tokens = this.tokens();
    let depth = 0;
    let last = -1;
    for (let i = first; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.text === '(' || t.text === '[') depth++;
      else if (t.text === ')' || t.text === ']') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (t.text === ',' || t.text === ';' || stopWords.has(t.upper))) break;
      last = i;
    }
    if (last < first) return undefined;
    return this.text.slice(tokens[first].start, tokens[last].end);
  }

  /** The text inside the first parenthesis at or after `byteLocation` (CHECK (...), AS (...)). */
  parenthesizedAfter(byteLocation: number): string | undefined {
    const tokens = this.tokens();
    let i = this.tokenIndexAt(this.charAt(byteLocation));
    while (i < tokens.length && tokens[i].text !== '(') i++;
    if (i >= tokens.length) return undefined;
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
      if (tokens[j].text === '(') depth++;
      else if (tokens[j].text === ')') {
        depth--;
        if (depth === 0) return j === i + 1 ? '' : this.text.slice(tokens[i + 1].start, tokens[j - 1].end);
      }
    }
    return undefined;
  }

  /** The text after the last top-level WHERE (a partial index's predicate). */
  trailingWhere(): string | undefined {
    const tokens = this.tokens();
    let depth = 0;
    let where = -1;
    tokens.forEach((t, i) => {
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if (depth === 0 && t.upper === 'WHERE') where = i;
    });
    if (where < 0 || where + 1 >= tokens.length) return undefined;
    return this.text.slice(tokens[where + 1].start).trim();
  }
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

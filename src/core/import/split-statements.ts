import type { SqlDialectName } from './import-types';

/**
 * Splits a SQL script into statements, keeping each statement's offsets in the original text.
 *
 * Written by hand because no parser we evaluated does this for both dialects while keeping going
 * after an error: libpg-query and node-sql-parser parse a whole script or fail on its first bad
 * statement, and none of them understands client-side syntax (psql `\c`, mysql `DELIMITER`).
 * Splitting first lets one bad statement fail alone, with its own line and column.
 *
 * Handled: quotes ('...', "...", `...`, E'...' with backslashes, MySQL backslash escapes),
 * PostgreSQL dollar quotes ($$ / $tag$), -- / # / nested block comments, MySQL conditional
 * comments (/*!40101 ... *\/, /*M!100101 ... *\/: their content is SQL and is kept), DELIMITER
 * blocks, psql meta-commands (a line starting with a backslash), and SQL-standard function bodies
 * (BEGIN ATOMIC ... END) whose inner semicolons do not end the statement.
 */
export interface SqlStatement {
  /**
   * The statement without its delimiter. Conditional-comment markers are blanked to spaces
   * (same length), so an offset inside `text` plus `start` is an offset in the original text.
   */
  text: string;
  /** Offset of the statement's first character in the original text. */
  start: number;
  /** 'client' for DELIMITER and psql backslash commands, which no server parses. */
  kind: 'sql' | 'client';
}

export function splitStatements(source: string, dialect: SqlDialectName): SqlStatement[] {
  const code = dialect === 'mysql' ? unwrapConditionalComments(source) : source;
  const mysql = dialect === 'mysql';
  const statements: SqlStatement[] = [];
  let delimiter = ';';
  let i = 0;
  const n = code.length;

  while (i < n) {
    i = skipSpaceAndComments(code, i, mysql);
    if (i >= n) break;
    const start = i;

    // Client commands run to the end of their line.
    if (!mysql && code[i] === '\\') {
      const end = lineEnd(code, i);
      statements.push({ text: code.slice(start, end).trimEnd(), start, kind: 'client' });
      i = end;
      continue;
    }
    if (mysql && /^delimiter[ \t]/i.test(code.slice(i, i + 10))) {
      const end = lineEnd(code, i);
      const line = code.slice(start, end).trim();
      const next = line.slice('delimiter'.length).trim();
      if (next !== '') delimiter = next;
      statements.push({ text: line, start, kind: 'client' });
      i = end;
      continue;
    }

    // Scan to the delimiter outside quotes and comments.
    let atomicDepth = 0;
    let sawAtomicCandidate = false;
    let previousWord = '';
    let end = n;
    while (i < n) {
      const ch = code[i];
      if (atomicDepth === 0 && code.startsWith(delimiter, i)) {
        end = i;
        i += delimiter.length;
        break;
      }
      if (ch === "'" || ch === '"' || (mysql && ch === '`')) {
        const escapes = mysql ? ch !== '`' : ch === "'" && isEscapeStringPrefix(code, i);
        i = skipQuoted(code, i, ch, escapes);
        continue;
      }
      if (ch === '-' && code[i + 1] === '-') {
        i = lineEnd(code, i);
        continue;
      }
      if (mysql && ch === '#') {
        i = lineEnd(code, i);
        continue;
      }
      if (ch === '/' && code[i + 1] === '*') {
        i = skipBlockComment(code, i, !mysql);
        continue;
      }
      if (!mysql && ch === '$') {
        const tag = dollarTag(code, i);
        if (tag !== undefined) {
          const close = code.indexOf(tag, i + tag.length);
          i = close < 0 ? n : close + tag.length;
          continue;
        }
      }
      if (!mysql && isWordStart(ch)) {
        let j = i + 1;
        while (j < n && isWordPart(code[j])) j++;
        const word = code.slice(i, j).toUpperCase();
        // psql's rule: inside CREATE FUNCTION/PROCEDURE, BEGIN ATOMIC opens a body that runs to
        // its matching END; CASE ... END nests inside it.
        if (word === 'FUNCTION' || word === 'PROCEDURE') sawAtomicCandidate = true;
        if (sawAtomicCandidate && previousWord === 'BEGIN' && word === 'ATOMIC') atomicDepth++;
        else if (atomicDepth > 0 && (word === 'CASE' || (word === 'BEGIN' && !/^\s*ATOMIC\b/i.test(code.slice(j, j + 12))))) atomicDepth++;
        else if (atomicDepth > 0 && word === 'END') atomicDepth--;
        previousWord = word;
        i = j;
        continue;
      }
      i++;
    }
    const text = code.slice(start, end).trimEnd();
    if (text !== '') statements.push({ text, start, kind: 'sql' });
  }
  return statements;
}

/** Blanks the `/*!40101` opener and its `*\/` closer so MySQL's conditional SQL reads as plain SQL. */
export function unwrapConditionalComments(source: string): string {
  if (!source.includes('/*!') && !source.includes('/*M!')) return source;
  const out = source.split('');
  const n = source.length;
  let i = 0;
  while (i < n) {
    const ch = source[i];
    if (ch === "'" || ch === '"' || ch === '`') {
      i = skipQuoted(source, i, ch, ch !== '`');
      continue;
    }
    if ((ch === '-' && source[i + 1] === '-') || ch === '#') {
      i = lineEnd(source, i);
      continue;
    }
    if (ch === '/' && source[i + 1] === '*') {
      const conditional = /^\/\*M?!\d*/.exec(source.slice(i, i + 12));
      if (!conditional) {
        i = skipBlockComment(source, i, false);
        continue;
      }
      for (let k = i; k < i + conditional[0].length; k++) out[k] = ' ';
      // The closer is the first `*/` outside quotes; the content is ordinary SQL.
      let j = i + conditional[0].length;
      while (j < n && !(source[j] === '*' && source[j + 1] === '/')) {
        const c = source[j];
        if (c === "'" || c === '"' || c === '`') j = skipQuoted(source, j, c, c !== '`');
        else j++;
      }
      if (j < n) {
        out[j] = ' ';
        out[j + 1] = ' ';
      }
      i = conditional[0].length + i;
      continue;
    }
    i++;
  }
  return out.join('');
}

function skipSpaceAndComments(code: string, from: number, mysql: boolean): number {
  let i = from;
  for (;;) {
    while (i < code.length && /\s/.test(code[i])) i++;
    if (code[i] === '-' && code[i + 1] === '-') i = lineEnd(code, i);
    else if (mysql && code[i] === '#') i = lineEnd(code, i);
    else if (code[i] === '/' && code[i + 1] === '*') i = skipBlockComment(code, i, !mysql);
    else return i;
  }
}

function lineEnd(code: string, from: number): number {
  const nl = code.indexOf('\n', from);
  return nl < 0 ? code.length : nl;
}

/** PostgreSQL block comments nest; MySQL's end at the first `*\/`. */
function skipBlockComment(code: string, from: number, nested: boolean): number {
  let depth = 0;
  let i = from;
  while (i < code.length) {
    if (code[i] === '/' && code[i + 1] === '*') {
      if (depth > 0 && !nested) {
        i += 2;
        continue;
      }
      depth++;
      i += 2;
    } else if (code[i] === '*' && code[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return code.length;
}

/** A quoted string or identifier; doubling the quote escapes it, and so does a backslash when `backslash`. */
function skipQuoted(code: string, from: number, quote: string, backslash: boolean): number {
  let i = from + 1;
  while (i < code.length) {
    const ch = code[i];
    if (backslash && ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (code[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return code.length;
}

/** E'...' strings take backslash escapes in PostgreSQL; plain ones do not (standard_conforming_strings). */
function isEscapeStringPrefix(code: string, quoteAt: number): boolean {
  const prev = code[quoteAt - 1];
  return (prev === 'E' || prev === 'e') && !isWordPart(code[quoteAt - 2] ?? ' ');
}

/** `$$` or `$tag$` at `at` (not `$1`, a parameter), or undefined. */
function dollarTag(code: string, at: number): string | undefined {
  if (at > 0 && isWordPart(code[at - 1])) return undefined;
  const match = /^\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(code.slice(at, at + 64));
  return match ? match[0] : undefined;
}

function isWordStart(ch: string): boolean {
  return /[A-Za-z_]/.test(ch);
}

function isWordPart(ch: string): boolean {
  return /[\w$]/.test(ch);
}

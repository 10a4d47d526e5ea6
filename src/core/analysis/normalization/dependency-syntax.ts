import type { Id, Table } from '../../model/types';

/**
 * The small language of the per-table dependency editor, one declaration per line:
 *
 *   department_id -> department_name, department_location     functional dependency
 *   course ->> book                                           multivalued dependency
 *   join (supplier, part), (part, project), (project, supplier)   join dependency
 *   multivalued products                                      columns holding lists
 *   repeating phone1, phone2, phone3                          a repeating group
 *   {} -> currency                                             constant column (empty left side)
 *   # a comment (also -- a comment)
 *
 * Columns are named as in the table (case-insensitive), quoted with "..." or `...` when they
 * hold spaces or symbols; commas between names are optional. Errors carry 1-based line and
 * column ranges, for editor markers.
 */

export interface SyntaxMarker {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ParsedDependency {
  kind: 'fd' | 'mvd';
  determinant: Id[];
  dependent: Id[];
  line: number;
}

export interface ParsedDeclarations {
  dependencies: ParsedDependency[];
  joinDependencies: { components: Id[][]; line: number }[];
  multivaluedColumns: Id[];
  repeatingGroups: { columns: Id[]; line: number }[];
}

export interface ParseResult {
  /** False when any marker is an error; the declarations then hold only the lines that parsed. */
  ok: boolean;
  declarations: ParsedDeclarations;
  markers: SyntaxMarker[];
}

type TokenKind = 'name' | 'arrow' | 'mvd-arrow' | 'comma' | 'open' | 'close';

interface Token {
  kind: TokenKind;
  text: string;
  /** 1-based column of the first character, and one past the last. */
  start: number;
  end: number;
}

const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_$]/u;

function tokenize(line: string, lineNumber: number, markers: SyntaxMarker[]): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  const error = (start: number, end: number, message: string) => {
    markers.push({ line: lineNumber, column: start + 1, endLine: lineNumber, endColumn: end + 1, message, severity: 'error' });
  };
  while (i < line.length) {
    const ch = line[i];
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '#' || line.startsWith('--', i)) break;
    // An empty left side (a constant column) may be written {} or ∅, as the analysis prints it.
    if (line.startsWith('{}', i) || ch === '∅') {
      i += ch === '∅' ? 1 : 2;
      continue;
    }
    if (line.startsWith('->>', i)) {
      tokens.push({ kind: 'mvd-arrow', text: '->>', start: i + 1, end: i + 4 });
      i += 3;
    } else if (line.startsWith('->', i) || line.startsWith('→', i)) {
      const width = line.startsWith('->', i) ? 2 : 1;
      tokens.push({ kind: 'arrow', text: '->', start: i + 1, end: i + 1 + width });
      i += width;
    } else if (ch === ',' || ch === '(' || ch === ')') {
      tokens.push({ kind: ch === ',' ? 'comma' : ch === '(' ? 'open' : 'close', text: ch, start: i + 1, end: i + 2 });
      i++;
    } else if (ch === '"' || ch === '`') {
      const close = line.indexOf(ch, i + 1);
      if (close < 0) {
        error(i, line.length, `unclosed ${ch}: a quoted column name ends with ${ch}`);
        return undefined;
      }
      tokens.push({ kind: 'name', text: line.slice(i + 1, close), start: i + 1, end: close + 2 });
      i = close + 1;
    } else if (NAME_START.test(ch)) {
      let j = i + 1;
      while (j < line.length && NAME_PART.test(line[j])) j++;
      tokens.push({ kind: 'name', text: line.slice(i, j), start: i + 1, end: j + 1 });
      i = j;
    } else {
      error(i, i + 1, `unexpected "${ch}": write column names, "->" or "->>"`);
      return undefined;
    }
  }
  return tokens;
}

/** Resolves names to column ids: exact name first, then case-insensitive. */
function columnResolver(table: Table): (name: string) => Id | undefined {
  const exact = new Map(table.columns.map((c) => [c.name, c.id] as const));
  const folded = new Map(table.columns.map((c) => [c.name.toLowerCase(), c.id] as const));
  return (name) => exact.get(name) ?? folded.get(name.toLowerCase());
}

export function parseDeclarations(text: string, table: Table): ParseResult {
  const markers: SyntaxMarker[] = [];
  const declarations: ParsedDeclarations = { dependencies: [], joinDependencies: [], multivaluedColumns: [], repeatingGroups: [] };
  const resolve = columnResolver(table);
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    const tokens = tokenize(line, lineNumber, markers);
    if (!tokens || tokens.length === 0) return;
    const at = (token: Token, message: string, severity: 'error' | 'warning' = 'error') =>
      markers.push({ line: lineNumber, column: token.start, endLine: lineNumber, endColumn: token.end, message, severity });
    const names = (list: Token[], what: string): Id[] | undefined => {
      const ids: Id[] = [];
      let ok = true;
      for (const token of list) {
        if (token.kind === 'comma') continue;
        if (token.kind !== 'name') {
          at(token, `unexpected "${token.text}" in ${what}`);
          ok = false;
          continue;
        }
        const id = resolve(token.text);
        if (!id) {
          at(token, `${table.name} has no column "${token.text}"`);
          ok = false;
        } else if (ids.includes(id)) at(token, `"${token.text}" is listed twice`, 'warning');
        else ids.push(id);
      }
      return ok ? ids : undefined;
    };
    const arrows = tokens.filter((t) => t.kind === 'arrow' || t.kind === 'mvd-arrow');
    if (arrows.length > 1) {
      at(arrows[1], 'one dependency per line: a line has a single "->" or "->>"');
      return;
    }
    if (arrows.length === 1) {
      const arrow = arrows[0];
      const split = tokens.indexOf(arrow);
      const determinant = names(tokens.slice(0, split), 'the left side');
      const rightTokens = tokens.slice(split + 1);
      if (rightTokens.every((t) => t.kind === 'comma')) {
        at(arrow, `nothing after "${arrow.text}": name the columns that depend on the left side`);
        return;
      }
      const dependent = names(rightTokens, 'the right side');
      if (!determinant || !dependent) return;
      const kind = arrow.kind === 'arrow' ? 'fd' : 'mvd';
      if (dependent.every((id) => determinant.includes(id))) {
        at(arrow, 'trivial: the right side is part of the left side, so this says nothing', 'warning');
        return;
      }
      declarations.dependencies.push({ kind, determinant, dependent: dependent.filter((id) => !determinant.includes(id)), line: lineNumber });
      return;
    }
    const [keyword, ...rest] = tokens;
    const word = keyword.kind === 'name' ? keyword.text.toLowerCase() : '';
    if (word === 'multivalued') {
      const ids = names(rest, 'the multivalued columns');
      if (ids && ids.length === 0) at(keyword, 'name the columns that hold lists: multivalued tags, phones');
      if (ids) for (const id of ids) if (!declarations.multivaluedColumns.includes(id)) declarations.multivaluedColumns.push(id);
      return;
    }
    if (word === 'repeating') {
      const ids = names(rest, 'the repeating group');
      if (ids && ids.length < 2) at(keyword, 'a repeating group has at least two columns: repeating phone1, phone2, phone3');
      else if (ids) declarations.repeatingGroups.push({ columns: ids, line: lineNumber });
      return;
    }
    if (word === 'join') {
      const components = parseComponents(rest, keyword, at, names);
      if (!components) return;
      const covered = new Set(components.flat());
      const missing = table.columns.filter((c) => !covered.has(c.id));
      if (missing.length > 0) {
        at(keyword, `a join dependency covers every column; missing: ${missing.map((c) => c.name).join(', ')}`);
        return;
      }
      declarations.joinDependencies.push({ components, line: lineNumber });
      return;
    }
    at(keyword, 'expected "X -> Y", "X ->> Y", "join (..), (..)", "multivalued ..." or "repeating ..."');
  });
  return { ok: !markers.some((m) => m.severity === 'error'), declarations, markers };
}

function parseComponents(
  tokens: Token[],
  keyword: Token,
  at: (token: Token, message: string) => void,
  names: (list: Token[], what: string) => Id[] | undefined,
): Id[][] | undefined {
  const components: Id[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token.kind === 'comma') {
      i++;
      continue;
    }
    if (token.kind !== 'open') {
      at(token, 'a join dependency lists components in parentheses: join (a, b), (b, c)');
      return undefined;
    }
    const close = tokens.findIndex((t, k) => k > i && t.kind === 'close');
    if (close < 0) {
      at(token, 'unclosed "("');
      return undefined;
    }
    const ids = names(tokens.slice(i + 1, close), 'a component');
    if (!ids) return undefined;
    if (ids.length === 0) {
      at(token, 'an empty component');
      return undefined;
    }
    components.push(ids);
    i = close + 1;
  }
  if (components.length < 2) {
    at(keyword, 'a join dependency has at least two components');
    return undefined;
  }
  return components;
}

/** Writes a table's declarations in the editor's syntax; parseDeclarations reads it back. */
export function declarationsToText(table: Table): string {
  const name = new Map(table.columns.map((c) => [c.id, quoteName(c.name)] as const));
  const list = (ids: readonly Id[]) => ids.map((id) => name.get(id) ?? id).join(', ');
  const declared = table.normalization;
  if (!declared) return '';
  const lines: string[] = [];
  for (const d of declared.dependencies) lines.push(`${d.determinant.length === 0 ? '{}' : list(d.determinant)} ${d.kind === 'fd' ? '->' : '->>'} ${list(d.dependent)}`);
  for (const j of declared.joinDependencies ?? []) lines.push(`join ${j.components.map((c) => `(${list(c)})`).join(', ')}`);
  if (declared.multivaluedColumns && declared.multivaluedColumns.length > 0) lines.push(`multivalued ${list(declared.multivaluedColumns)}`);
  for (const g of declared.repeatingGroups ?? []) lines.push(`repeating ${list(g.columns)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

const KEYWORDS = new Set(['join', 'multivalued', 'repeating']);

function quoteName(name: string): string {
  if (/^[\p{L}_][\p{L}\p{N}_$]*$/u.test(name) && !KEYWORDS.has(name.toLowerCase())) return name;
  return name.includes('"') ? `\`${name}\`` : `"${name}"`;
}

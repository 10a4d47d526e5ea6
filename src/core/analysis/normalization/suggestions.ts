import type { Column, Diagram, Id, Table } from '../../model/types';
import { isSubset } from './attribute-set';
import { closure } from './dependency';
import { dependencyText } from './analyze-table';
import { entityPrefix, hasEntityPrefix, plural, singular } from './naming';
import { attrsOf, isArrayColumn, isJsonColumn, keyColumnSets, tableRelation, type TableRelation } from './table-relation';

export type SuggestionSource = 'naming' | 'reference' | 'repeating-group' | 'list-column' | 'json-column' | 'sample-data';

/**
 * A dependency or a 1NF fact the model hints at but does not state. Suggestions never change a
 * verdict: the designer accepts one (it becomes a declaration) or dismisses it (its key is kept
 * in the table, so it is not offered again).
 */
export type NormalizationSuggestion = {
  /** Stable across sessions and renames (built from column ids); dismissals store it. */
  key: string;
  table: Id;
  tableName: string;
  source: SuggestionSource;
  /** In the editor's syntax, e.g. `department_id -> department_name`. */
  text: string;
  message: string;
} & (
  | { kind: 'fd'; determinant: Id[]; dependent: Id[] }
  | { kind: 'multivalued'; columns: Id[] }
  | { kind: 'repeating-group'; columns: Id[] }
);

export function fdSuggestionKey(determinant: readonly Id[], dependent: readonly Id[]): string {
  return `fd:${[...determinant].sort().join(',')}->${[...dependent].sort().join(',')}`;
}

/** Tables by lower-case name, per tables array (rebuilt only when the diagram's tables change). */
const nameIndexCache = new WeakMap<readonly Table[], Map<string, Table>>();

function tablesByName(diagram: Diagram): Map<string, Table> {
  let index = nameIndexCache.get(diagram.tables);
  if (!index) {
    index = new Map();
    for (const t of diagram.tables) if (!index.has(t.name.toLowerCase())) index.set(t.name.toLowerCase(), t);
    nameIndexCache.set(diagram.tables, index);
  }
  return index;
}

const idIndexCache = new WeakMap<readonly Table[], Map<Id, Table>>();

function tablesById(diagram: Diagram): Map<Id, Table> {
  let index = idIndexCache.get(diagram.tables);
  if (!index) {
    index = new Map(diagram.tables.map((t) => [t.id, t] as const));
    idIndexCache.set(diagram.tables, index);
  }
  return index;
}

const cache = new WeakMap<Table, { tables: readonly Table[]; result: NormalizationSuggestion[] }>();

/**
 * Suggestions for one table, dismissed ones left out. They look at other tables (what a foreign
 * key references), so the cache holds per table object and per tables array.
 */
export function suggestionsForTable(diagram: Diagram, table: Table): NormalizationSuggestion[] {
  const cached = cache.get(table);
  if (cached && cached.tables === diagram.tables) return cached.result;
  const result = computeSuggestions(diagram, table);
  cache.set(table, { tables: diagram.tables, result });
  return result;
}

export function suggestionsForDiagram(diagram: Diagram): NormalizationSuggestion[] {
  return diagram.tables.flatMap((t) => suggestionsForTable(diagram, t));
}

/** Every suggestion including dismissed ones, marked; for a "show dismissed" view. */
export function allSuggestionsForTable(diagram: Diagram, table: Table): { suggestion: NormalizationSuggestion; dismissed: boolean }[] {
  const dismissed = new Set(table.normalization?.dismissedSuggestions ?? []);
  return rawSuggestions(diagram, table).map((suggestion) => ({ suggestion, dismissed: dismissed.has(suggestion.key) }));
}

function computeSuggestions(diagram: Diagram, table: Table): NormalizationSuggestion[] {
  const dismissed = new Set(table.normalization?.dismissedSuggestions ?? []);
  return rawSuggestions(diagram, table).filter((s) => !dismissed.has(s.key));
}

function rawSuggestions(diagram: Diagram, table: Table): NormalizationSuggestion[] {
  const relation = tableRelation(table);
  const fdSuggestions = mergeFdSuggestions([...referenceCopies(diagram, table), ...namingPatterns(table)]);
  const result: NormalizationSuggestion[] = [];
  for (const s of fdSuggestions) {
    const dependent = s.dependent.filter((id) => !alreadyFollows(relation, s.determinant, [id]));
    if (dependent.length === 0) continue;
    result.push(fdSuggestion(table, s.source, s.determinant, dependent, s.why));
  }
  result.push(...repeatingGroups(table), ...listColumns(diagram, table));
  return result;
}

interface FdHint {
  source: SuggestionSource;
  determinant: Id[];
  dependent: Id[];
  why: string;
}

/** True when the table's keys and declarations already imply determinant -> dependent. */
function alreadyFollows(relation: TableRelation, determinant: readonly Id[], dependent: readonly Id[]): boolean {
  const lhs = attrsOf(relation, determinant);
  const rhs = attrsOf(relation, dependent);
  return isSubset(rhs, closure(lhs, relation.facts.fds));
}

/** One suggestion per determinant and source: `department_id -> department_name, department_location`. */
function mergeFdSuggestions(hints: FdHint[]): FdHint[] {
  const merged = new Map<string, FdHint>();
  const claimed = new Set<string>();
  for (const hint of hints) {
    const key = [...hint.determinant].sort().join(',');
    const fresh = hint.dependent.filter((id) => !claimed.has(`${key}>${id}`));
    if (fresh.length === 0) continue;
    for (const id of fresh) claimed.add(`${key}>${id}`);
    const existing = merged.get(`${hint.source}:${key}`);
    if (existing) existing.dependent.push(...fresh);
    else merged.set(`${hint.source}:${key}`, { ...hint, dependent: fresh });
  }
  return [...merged.values()];
}

function fdSuggestion(table: Table, source: SuggestionSource, determinant: Id[], dependent: Id[], why: string): NormalizationSuggestion {
  const text = dependencyText(table, 'fd', determinant, dependent);
  return { key: fdSuggestionKey(determinant, dependent), table: table.id, tableName: table.name, source, kind: 'fd', determinant, dependent, text, message: `${why} Declare ${text}?` };
}

function isKeyColumn(table: Table, columnId: Id): boolean {
  return keyColumnSets(table).some((key) => key.length === 1 && key[0] === columnId);
}

/**
 * `department_name` beside `department_id`: a column carrying an entity's prefix describes that
 * entity, so it likely depends on the entity's identifier rather than on this table's key.
 */
function namingPatterns(table: Table): FdHint[] {
  const hints: FdHint[] = [];
  for (const idColumn of table.columns) {
    const prefix = entityPrefix(idColumn.name);
    if (!prefix || isKeyColumn(table, idColumn.id)) continue;
    // The table's own entity: order_id in orders describes the row itself.
    if (singular(table.name).toLowerCase() === prefix.toLowerCase()) continue;
    const dependents = table.columns.filter((c) => c.id !== idColumn.id && hasEntityPrefix(c.name, prefix) && !entityPrefix(c.name) && !isKeyColumn(table, c.id));
    if (dependents.length === 0) continue;
    hints.push({
      source: 'naming',
      determinant: [idColumn.id],
      dependent: dependents.map((c) => c.id),
      why: `${dependents.map((c) => c.name).join(', ')} ${dependents.length === 1 ? 'is' : 'are'} named after ${prefix}, so ${dependents.length === 1 ? 'it' : 'they'} probably describe${dependents.length === 1 ? 's' : ''} the ${prefix} identified by ${idColumn.name}, not a row of ${table.name}.`,
    });
  }
  return hints;
}

/** The parent a set of columns refers to: a declared foreign key, or by name (`product_id` and a table `products` keyed by `id` or `product_id`). */
function referencedParents(diagram: Diagram, table: Table): { columns: Id[]; parent: Table; refColumns: Id[]; declared: boolean }[] {
  const byId = tablesById(diagram);
  const result: { columns: Id[]; parent: Table; refColumns: Id[]; declared: boolean }[] = [];
  for (const fk of table.foreignKeys) {
    const parent = byId.get(fk.refTableId);
    if (parent && parent.id !== table.id) result.push({ columns: fk.columns, parent, refColumns: fk.refColumns, declared: true });
  }
  const byName = tablesByName(diagram);
  for (const column of table.columns) {
    if (table.foreignKeys.some((fk) => fk.columns.includes(column.id))) continue;
    const prefix = entityPrefix(column.name);
    if (!prefix) continue;
    const parent = byName.get(plural(prefix).toLowerCase()) ?? byName.get(prefix.toLowerCase());
    if (!parent || parent.id === table.id || parent.primaryKey?.columns.length !== 1) continue;
    const keyColumn = parent.columns.find((c) => c.id === parent.primaryKey?.columns[0]);
    if (!keyColumn || !['id', column.name.toLowerCase()].includes(keyColumn.name.toLowerCase())) continue;
    result.push({ columns: [column.id], parent, refColumns: [keyColumn.id], declared: false });
  }
  return result;
}

/**
 * `order_items.product_name` when `products.name` exists: a copy of a referenced table's column
 * depends on the reference, not on this table's key.
 */
function referenceCopies(diagram: Diagram, table: Table): FdHint[] {
  const hints: FdHint[] = [];
  for (const ref of referencedParents(diagram, table)) {
    const parentEntity = singular(ref.parent.name);
    const refPrefix = ref.columns.length === 1 ? entityPrefix(table.columns.find((c) => c.id === ref.columns[0])?.name ?? '') : undefined;
    const copies: { column: Column; of: Column }[] = [];
    for (const column of table.columns) {
      if (ref.columns.includes(column.id) || isKeyColumn(table, column.id)) continue;
      const of = ref.parent.columns.find((p) => {
        if (ref.refColumns.includes(p.id)) return false;
        // A bare shared name (name, created_at, price) says little; the copy must carry the entity's name.
        const copies = [`${parentEntity}_${p.name}`, ...(refPrefix ? [`${refPrefix}_${p.name}`] : [])].map((n) => n.toLowerCase());
        const sameEntityColumn = refPrefix !== undefined && hasEntityPrefix(p.name, refPrefix) && p.name.toLowerCase() === column.name.toLowerCase();
        return copies.includes(column.name.toLowerCase()) || sameEntityColumn;
      });
      if (of) copies.push({ column, of });
    }
    if (copies.length === 0) continue;
    hints.push({
      source: 'reference',
      determinant: ref.columns,
      dependent: copies.map((c) => c.column.id),
      why: `${copies.map((c) => `${c.column.name} copies ${ref.parent.name}.${c.of.name}`).join('; ')}, and ${table.columns
        .filter((c) => ref.columns.includes(c.id))
        .map((c) => c.name)
        .join(', ')} ${ref.declared ? 'references' : 'seems to reference'} ${ref.parent.name}.`,
    });
  }
  return hints;
}

/** phone1, phone2, phone3 (or address_1, address_2): numbered copies of one attribute. */
function repeatingGroups(table: Table): NormalizationSuggestion[] {
  const declared = new Set((table.normalization?.repeatingGroups ?? []).flatMap((g) => g.columns));
  const groups = new Map<string, Column[]>();
  for (const column of table.columns) {
    const match = /^(.*?[^\d_])_?(\d{1,2})$/.exec(column.name);
    if (!match || declared.has(column.id)) continue;
    const base = match[1].toLowerCase();
    groups.set(base, [...(groups.get(base) ?? []), column]);
  }
  const result: NormalizationSuggestion[] = [];
  for (const [base, columns] of groups) {
    if (columns.length < 2) continue;
    const ids = columns.map((c) => c.id);
    const names = columns.map((c) => c.name).join(', ');
    result.push({
      key: `repeating:${[...ids].sort().join(',')}`,
      table: table.id,
      tableName: table.name,
      source: 'repeating-group',
      kind: 'repeating-group',
      columns: ids,
      text: `repeating ${names}`,
      message: `${names} look like numbered copies of one attribute (${base}): a repeating group, which breaks 1NF. Declare it?`,
    });
  }
  return result;
}

const LIST_NAME = /(^|_)(tags|keywords|labels|list|ids|csv|values|items)$|List$|Ids$|Tags$/;

/** A text column named like a list (`tags`, `product_ids`, or `products` when a products table exists), and JSON columns. */
function listColumns(diagram: Diagram, table: Table): NormalizationSuggestion[] {
  const declared = new Set(table.normalization?.multivaluedColumns ?? []);
  const byName = tablesByName(diagram);
  const result: NormalizationSuggestion[] = [];
  for (const column of table.columns) {
    if (declared.has(column.id) || isArrayColumn(column) || isKeyColumn(table, column.id)) continue;
    const textual = ['text', 'varchar', 'char'].includes(column.type.name);
    let why: string | undefined;
    let source: SuggestionSource = 'list-column';
    if (isJsonColumn(column)) {
      source = 'json-column';
      why = `${column.name} is ${column.type.name}: if it holds a list or a nested record rather than one opaque value, it breaks 1NF.`;
    } else if (textual && LIST_NAME.test(column.name)) {
      why = `${column.name} is text named like a list: if it holds several values (such as "a, b, c"), it breaks 1NF.`;
    } else if (textual && column.name.toLowerCase() !== singular(column.name).toLowerCase() && byName.has(column.name.toLowerCase()) && byName.get(column.name.toLowerCase())?.id !== table.id) {
      why = `${column.name} is text named after the ${column.name} table: it probably holds a list of ${column.name}, which breaks 1NF.`;
    }
    if (!why) continue;
    result.push({
      key: `multivalued:${column.id}`,
      table: table.id,
      tableName: table.name,
      source,
      kind: 'multivalued',
      columns: [column.id],
      text: `multivalued ${column.name}`,
      message: `${why} Declare it multivalued?`,
    });
  }
  return result;
}

/** Dependencies mined from sample rows, offered like any other suggestion (never applied silently). */
export function suggestionsFromMinedDependencies(table: Table, mined: readonly { determinant: Id[]; dependent: Id[] }[], rowCount: number): NormalizationSuggestion[] {
  const relation = tableRelation(table);
  const dismissed = new Set(table.normalization?.dismissedSuggestions ?? []);
  const result: NormalizationSuggestion[] = [];
  for (const m of mined) {
    const dependent = m.dependent.filter((id) => !alreadyFollows(relation, m.determinant, [id]));
    if (dependent.length === 0) continue;
    const s = fdSuggestion(table, 'sample-data', m.determinant, dependent, `In all ${rowCount} sample rows, rows that agree on ${table.columns.filter((c) => m.determinant.includes(c.id)).map((c) => c.name).join(', ') || '(nothing)'} agree on ${table.columns.filter((c) => dependent.includes(c.id)).map((c) => c.name).join(', ')}.`);
    if (!dismissed.has(s.key)) result.push(s);
  }
  return result;
}

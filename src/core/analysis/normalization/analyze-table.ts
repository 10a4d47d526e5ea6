import type { Diagram, Id, Table } from '../../model/types';
import type { DecompositionTarget } from './apply-decomposition';
import type { AttrSet } from './attribute-set';
import { tableWithId } from '../../model/table-index';
import { analyzeRelation, type NormalForm, type RelationViolation, type TargetForm } from './normal-form';
import { idsOf, tableRelation, type TableRelation } from './table-relation';

/** A dependency shown to people: column ids for edits, names and text for reading. */
export interface DependencyView {
  kind: 'fd' | 'mvd';
  determinant: Id[];
  dependent: Id[];
  /** `department_id -> department_name, department_location`, in the editor's syntax. */
  text: string;
}

export type NormalizationCode =
  | 'normalization/1nf-array-column'
  | 'normalization/1nf-multivalued-column'
  | 'normalization/1nf-repeating-group'
  | 'normalization/2nf-partial-dependency'
  | 'normalization/3nf-transitive-dependency'
  | 'normalization/bcnf-non-key-determinant'
  | 'normalization/4nf-multivalued-dependency'
  | 'normalization/5nf-join-dependency'
  | 'normalization/incomplete-join-dependency'
  | 'normalization/keys-truncated';

/** One finding of the analysis, as data: the panel and the CLI print the same message. */
export interface NormalizationFinding {
  code: NormalizationCode;
  severity: 'warning' | 'info';
  /** The table's id. */
  table: Id;
  tableName: string;
  /** The normal form this finding breaks; absent for notes about the declarations. */
  form?: TargetForm;
  message: string;
  /** The columns involved, for highlighting. */
  columns: Id[];
  dependency?: DependencyView;
  /** For 2NF/3NF: the candidate key the explanation refers to. */
  key?: Id[];
  components?: Id[][];
  /** The decomposition that removes this violation, for a one-click fix (after a preview). */
  fix?: { kind: 'decompose'; target: DecompositionTarget; label: string };
}

const FIX_TARGET: Partial<Record<TargetForm, DecompositionTarget>> = { '1NF': '1NF', '2NF': '3NF', '3NF': '3NF', BCNF: 'BCNF', '4NF': '4NF' };

function withFix(finding: NormalizationFinding): NormalizationFinding {
  const target = finding.form ? FIX_TARGET[finding.form] : undefined;
  return target ? { ...finding, fix: { kind: 'decompose', target, label: `Decompose to ${target}` } } : finding;
}

export interface TableAnalysis {
  table: Id;
  tableName: string;
  normalForm: NormalForm;
  candidateKeys: Id[][];
  keysTruncated: boolean;
  primeColumns: Id[];
  cover: DependencyView[];
  /** Violations, earliest normal form first; the first one explains `normalForm`. */
  violations: NormalizationFinding[];
  /** Notes about the declarations that are not violations (an unusable join dependency...). */
  notes: NormalizationFinding[];
}

/** Names of columns by id for one table. */
const namers = new WeakMap<Table, (ids: readonly Id[]) => string>();

export function columnNamer(table: Table): (ids: readonly Id[]) => string {
  let namer = namers.get(table);
  if (!namer) {
    const names = new Map(table.columns.map((c) => [c.id, c.name] as const));
    namer = (ids) => ids.map((id) => names.get(id) ?? id).join(', ');
    namers.set(table, namer);
  }
  return namer;
}

export function dependencyText(table: Table, kind: 'fd' | 'mvd', determinant: readonly Id[], dependent: readonly Id[]): string {
  const name = columnNamer(table);
  return `${determinant.length === 0 ? '{}' : name(determinant)} ${kind === 'fd' ? '->' : '->>'} ${name(dependent)}`;
}

const cache = new WeakMap<Table, TableAnalysis>();

/**
 * The normalization analysis of one table. It depends on the table object alone, and tables are
 * immutable, so results are cached per table object: after an edit only the touched table (a new
 * object) is analysed again.
 */
export function analyzeTable(table: Table): TableAnalysis {
  const cached = cache.get(table);
  if (cached) return cached;
  const result = computeTableAnalysis(table);
  cache.set(table, result);
  return result;
}

/** The analysis of every table, in diagram order. */
export function analyzeDiagram(diagram: Diagram): TableAnalysis[] {
  return diagram.tables.map(analyzeTable);
}

/**
 * The normal form badge of one table: what the canvas shows in a table's header. Cheap to call
 * for every node on every render: look-ups are indexed per diagram and analyses cached per table.
 */
export function normalFormOf(diagram: Diagram, tableId: Id): NormalForm | undefined {
  const table = tableWithId(diagram.tables, tableId);
  return table ? analyzeTable(table).normalForm : undefined;
}

function computeTableAnalysis(table: Table): TableAnalysis {
  const relation = tableRelation(table);
  const analysis = analyzeRelation(relation.facts);
  const ids = (set: AttrSet) => idsOf(relation, set);
  const candidateKeys = analysis.keys.map(ids);
  const violations = analysis.violations.map((v) => withFix(describeViolation(relation, v, candidateKeys)));
  const notes: NormalizationFinding[] = relation.incompleteJoinDependencies.map((id) => ({
    code: 'normalization/incomplete-join-dependency',
    severity: 'info',
    table: table.id,
    tableName: table.name,
    message: `Join dependency "${id}" leaves out some columns of ${table.name}; a join dependency must name every column in its components, so it is ignored.`,
    columns: [],
  }));
  if (analysis.keysTruncated) {
    notes.push({
      code: 'normalization/keys-truncated',
      severity: 'info',
      table: table.id,
      tableName: table.name,
      message: `${table.name} has more than ${analysis.keys.length} candidate keys; only the first ${analysis.keys.length} are listed.`,
      columns: [],
    });
  }
  return {
    table: table.id,
    tableName: table.name,
    normalForm: analysis.normalForm,
    candidateKeys,
    keysTruncated: analysis.keysTruncated,
    primeColumns: ids(analysis.prime),
    cover: analysis.cover.map((fd) => view(table, 'fd', ids(fd.lhs), ids(fd.rhs))),
    violations,
    notes,
  };
}

function view(table: Table, kind: 'fd' | 'mvd', determinant: Id[], dependent: Id[]): DependencyView {
  return { kind, determinant, dependent, text: dependencyText(table, kind, determinant, dependent) };
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

function describeViolation(relation: TableRelation, v: RelationViolation, keys: Id[][]): NormalizationFinding {
  const { table } = relation;
  const name = columnNamer(table);
  const ids = (set: AttrSet) => idsOf(relation, set);
  const base = { severity: 'warning' as const, table: table.id, tableName: table.name, form: v.form };
  const keyText = (key: readonly Id[]) => (key.length === 1 ? name(key) : `(${name(key)})`);
  switch (v.form) {
    case '1NF': {
      const columns = ids(v.attrs);
      const column = table.columns.find((c) => c.id === columns[0]);
      if (v.kind === 'array-column') {
        return {
          ...base,
          code: 'normalization/1nf-array-column',
          columns,
          message: `Column ${name(columns)} is an array: one cell holds several values, so ${table.name} is not in 1NF. Move the values to a child table with one row per value.`,
        };
      }
      if (v.kind === 'repeating-group') {
        return {
          ...base,
          code: 'normalization/1nf-repeating-group',
          columns,
          message: `Columns ${name(columns)} repeat one attribute in numbered copies (a repeating group), so ${table.name} is not in 1NF. Move them to a child table with one row per value.`,
        };
      }
      return {
        ...base,
        code: 'normalization/1nf-multivalued-column',
        columns,
        message: `Column ${column?.name ?? name(columns)} holds a list of values in one cell (declared multivalued), so ${table.name} is not in 1NF. Move the values to a child table with one row per value.`,
      };
    }
    case '2NF': {
      const determinant = ids(v.determinant);
      const dependent = ids(v.dependent);
      const key = ids(v.key);
      return {
        ...base,
        code: 'normalization/2nf-partial-dependency',
        columns: [...determinant, ...dependent],
        key,
        dependency: view(table, 'fd', determinant, dependent),
        message:
          `${name(dependent)} ${plural(dependent.length, 'depends', 'depend')} on ${name(determinant)} alone, only part of the key ${keyText(key)} ` +
          `(partial dependency ${name(determinant)} -> ${name(dependent)}), so ${table.name} is not in 2NF. ` +
          `Move ${name(dependent)} to a table keyed by ${name(determinant)}.`,
      };
    }
    case '3NF': {
      const determinant = ids(v.determinant);
      const dependent = ids(v.dependent);
      const key = ids(v.key);
      return {
        ...base,
        code: 'normalization/3nf-transitive-dependency',
        columns: [...determinant, ...dependent],
        key,
        dependency: view(table, 'fd', determinant, dependent),
        message:
          `${name(dependent)} ${plural(dependent.length, 'depends', 'depend')} on ${name(determinant)}, which is not a key: ` +
          `${keyText(key)} -> ${name(determinant)} -> ${name(dependent)} is a transitive dependency, so ${table.name} is not in 3NF. ` +
          `Move ${name(dependent)} to a table keyed by ${name(determinant)}.`,
      };
    }
    case 'BCNF': {
      const determinant = ids(v.determinant);
      const dependent = ids(v.dependent);
      return {
        ...base,
        code: 'normalization/bcnf-non-key-determinant',
        columns: [...determinant, ...dependent],
        dependency: view(table, 'fd', determinant, dependent),
        message:
          `${name(determinant)} ${plural(determinant.length, 'determines', 'determine')} ${name(dependent)} but ${plural(determinant.length, 'is', 'are')} not a key ` +
          `(keys: ${keys.map(keyText).join('; ')}), so ${table.name} is not in BCNF. Decomposing to BCNF separates ${name(determinant)} -> ${name(dependent)}.`,
      };
    }
    case '4NF': {
      const determinant = ids(v.determinant);
      const dependent = ids(v.dependent);
      return {
        ...base,
        code: 'normalization/4nf-multivalued-dependency',
        columns: [...determinant, ...dependent],
        dependency: view(table, 'mvd', determinant, dependent),
        message:
          `For one ${name(determinant)}, the set of ${name(dependent)} values is independent of the other columns (${name(determinant)} ->> ${name(dependent)}), ` +
          `but ${name(determinant)} is not a key, so ${table.name} is not in 4NF: every combination must be stored. Store ${name(determinant)} with ${name(dependent)} in a table of its own.`,
      };
    }
    case '5NF': {
      const components = v.components.map(ids);
      return {
        ...base,
        code: 'normalization/5nf-join-dependency',
        columns: [],
        components,
        message:
          `${table.name} is the join of its projections on ${components.map((c) => `(${name(c)})`).join(', ')}, and the keys do not imply it, ` +
          `so ${table.name} is not in 5NF. Store each projection as its own table.`,
      };
    }
  }
}

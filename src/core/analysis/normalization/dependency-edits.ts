import { mapTable } from '../../model/edits';
import { createId } from '../../model/ids';
import type { DeclaredDependency, Diagram, Id, Table, TableNormalization } from '../../model/types';
import type { ParsedDeclarations } from './dependency-syntax';
import type { NormalizationSuggestion } from './suggestions';

/**
 * Pure edits of a table's normalization declarations. Each returns a new diagram (the input is
 * untouched; an edit that changes nothing returns the input), so one edit is one undo step.
 */

const EMPTY: TableNormalization = { dependencies: [] };

/** Drops empty optional lists, and the whole field when nothing is declared: files stay minimal. */
function tidy(n: TableNormalization): TableNormalization | undefined {
  const result: TableNormalization = { dependencies: n.dependencies };
  if (n.joinDependencies && n.joinDependencies.length > 0) result.joinDependencies = n.joinDependencies;
  if (n.multivaluedColumns && n.multivaluedColumns.length > 0) result.multivaluedColumns = n.multivaluedColumns;
  if (n.repeatingGroups && n.repeatingGroups.length > 0) result.repeatingGroups = n.repeatingGroups;
  if (n.dismissedSuggestions && n.dismissedSuggestions.length > 0) result.dismissedSuggestions = n.dismissedSuggestions;
  return Object.keys(result).length === 1 && result.dependencies.length === 0 ? undefined : result;
}

function withNormalization(table: Table, update: (n: TableNormalization) => TableNormalization): Table {
  const current = table.normalization ?? EMPTY;
  const next = update(current);
  if (next === current) return table;
  const tidied = tidy(next);
  if (tidied === undefined) {
    if (table.normalization === undefined) return table;
    const { normalization: _removed, ...rest } = table;
    return rest;
  }
  return { ...table, normalization: tidied };
}

export function updateNormalization(diagram: Diagram, tableId: Id, update: (n: TableNormalization) => TableNormalization): Diagram {
  return mapTable(diagram, tableId, (table) => withNormalization(table, update));
}

const sameSet = (a: readonly Id[], b: readonly Id[]) => a.length === b.length && a.every((id) => b.includes(id));

export interface DependencyInput {
  kind: 'fd' | 'mvd';
  determinant: Id[];
  dependent: Id[];
}

export function addDependency(diagram: Diagram, tableId: Id, input: DependencyInput): { diagram: Diagram; dependencyId?: Id } {
  const dependent = input.dependent.filter((id) => !input.determinant.includes(id));
  if (dependent.length === 0) return { diagram };
  let dependencyId: Id | undefined;
  const next = updateNormalization(diagram, tableId, (n) => {
    const same = n.dependencies.find((d) => d.kind === input.kind && sameSet(d.determinant, input.determinant) && sameSet(d.dependent, dependent));
    if (same) {
      dependencyId = same.id;
      return n;
    }
    dependencyId = createId(input.kind);
    return { ...n, dependencies: [...n.dependencies, { id: dependencyId, kind: input.kind, determinant: [...input.determinant], dependent }] };
  });
  return { diagram: next, dependencyId };
}

export function updateDependency(diagram: Diagram, tableId: Id, dependencyId: Id, patch: Partial<DependencyInput>): Diagram {
  return updateNormalization(diagram, tableId, (n) =>
    n.dependencies.some((d) => d.id === dependencyId) ? { ...n, dependencies: n.dependencies.map((d) => (d.id === dependencyId ? { ...d, ...patch } : d)) } : n,
  );
}

export function removeDependency(diagram: Diagram, tableId: Id, dependencyId: Id): Diagram {
  return updateNormalization(diagram, tableId, (n) =>
    n.dependencies.some((d) => d.id === dependencyId) ? { ...n, dependencies: n.dependencies.filter((d) => d.id !== dependencyId) } : n,
  );
}

export function setMultivaluedColumn(diagram: Diagram, tableId: Id, columnId: Id, multivalued: boolean): Diagram {
  return updateNormalization(diagram, tableId, (n) => {
    const current = n.multivaluedColumns ?? [];
    if (current.includes(columnId) === multivalued) return n;
    return { ...n, multivaluedColumns: multivalued ? [...current, columnId] : current.filter((id) => id !== columnId) };
  });
}

export function removeJoinDependency(diagram: Diagram, tableId: Id, joinId: Id): Diagram {
  return updateNormalization(diagram, tableId, (n) => ({ ...n, joinDependencies: (n.joinDependencies ?? []).filter((j) => j.id !== joinId) }));
}

export function removeRepeatingGroup(diagram: Diagram, tableId: Id, groupId: Id): Diagram {
  return updateNormalization(diagram, tableId, (n) => ({ ...n, repeatingGroups: (n.repeatingGroups ?? []).filter((g) => g.id !== groupId) }));
}

/**
 * Replaces a table's declarations with what the text editor parsed. Declarations that did not
 * change keep their ids, so a re-typed file diffs as the change it is.
 */
export function setDeclarations(diagram: Diagram, tableId: Id, parsed: ParsedDeclarations): Diagram {
  return updateNormalization(diagram, tableId, (n) => {
    const dependencies: DeclaredDependency[] = parsed.dependencies.map((p) => {
      const same = n.dependencies.find((d) => d.kind === p.kind && sameSet(d.determinant, p.determinant) && sameSet(d.dependent, p.dependent));
      return same ?? { id: createId(p.kind), kind: p.kind, determinant: p.determinant, dependent: p.dependent };
    });
    const joinDependencies = parsed.joinDependencies.map((p) => {
      const same = (n.joinDependencies ?? []).find((j) => j.components.length === p.components.length && j.components.every((c, i) => sameSet(c, p.components[i])));
      return same ?? { id: createId('jd'), components: p.components };
    });
    const repeatingGroups = parsed.repeatingGroups.map((p) => (n.repeatingGroups ?? []).find((g) => sameSet(g.columns, p.columns)) ?? { id: createId('rg'), columns: p.columns });
    const next: TableNormalization = { ...n, dependencies, joinDependencies, multivaluedColumns: parsed.multivaluedColumns, repeatingGroups };
    return JSON.stringify(tidy(next)) === JSON.stringify(tidy(n)) ? n : next;
  });
}

/** Makes a suggestion a declaration. Accepting a dismissed suggestion also un-dismisses it. */
export function acceptSuggestion(diagram: Diagram, suggestion: NormalizationSuggestion): Diagram {
  const undismissed = updateNormalization(diagram, suggestion.table, (n) =>
    n.dismissedSuggestions?.includes(suggestion.key) ? { ...n, dismissedSuggestions: n.dismissedSuggestions.filter((k) => k !== suggestion.key) } : n,
  );
  switch (suggestion.kind) {
    case 'fd':
      return addDependency(undismissed, suggestion.table, { kind: 'fd', determinant: suggestion.determinant, dependent: suggestion.dependent }).diagram;
    case 'multivalued':
      return suggestion.columns.reduce((d, id) => setMultivaluedColumn(d, suggestion.table, id, true), undismissed);
    case 'repeating-group':
      return updateNormalization(undismissed, suggestion.table, (n) => ({ ...n, repeatingGroups: [...(n.repeatingGroups ?? []), { id: createId('rg'), columns: suggestion.columns }] }));
  }
}

export function dismissSuggestion(diagram: Diagram, tableId: Id, key: string): Diagram {
  return updateNormalization(diagram, tableId, (n) => (n.dismissedSuggestions?.includes(key) ? n : { ...n, dismissedSuggestions: [...(n.dismissedSuggestions ?? []), key] }));
}

export function restoreSuggestion(diagram: Diagram, tableId: Id, key: string): Diagram {
  return updateNormalization(diagram, tableId, (n) => (n.dismissedSuggestions?.includes(key) ? { ...n, dismissedSuggestions: n.dismissedSuggestions.filter((k) => k !== key) } : n));
}

/**
 * The declarations without a column, for the decomposition's 1NF step (columns leave the table).
 * Same rule as deleteColumn in model/edits.ts: an FD's right side shrinks soundly (X -> YA gives
 * X -> Y); an FD whose left side loses the column, and MVDs or join dependencies that mention it,
 * would claim something never declared, so they are dropped.
 */
export function normalizationWithoutColumn(normalization: TableNormalization | undefined, columnId: Id): TableNormalization | undefined {
  if (!normalization) return undefined;
  const mentions = (ids: readonly Id[]) => ids.includes(columnId);
  const dependencies = normalization.dependencies
    .filter((d) => !mentions(d.determinant) && !(d.kind === 'mvd' && mentions(d.dependent)))
    .map((d) => (mentions(d.dependent) ? { ...d, dependent: d.dependent.filter((id) => id !== columnId) } : d))
    .filter((d) => d.dependent.length > 0);
  return tidy({
    dependencies,
    joinDependencies: normalization.joinDependencies?.filter((j) => !j.components.some(mentions)),
    multivaluedColumns: normalization.multivaluedColumns?.filter((id) => id !== columnId),
    repeatingGroups: normalization.repeatingGroups?.map((g) => ({ ...g, columns: g.columns.filter((id) => id !== columnId) })).filter((g) => g.columns.length >= 2),
    dismissedSuggestions: normalization.dismissedSuggestions,
  });
}

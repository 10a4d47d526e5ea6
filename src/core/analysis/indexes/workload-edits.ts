import type { Diagram, Id, Workload } from '../../model/types';

const current = (diagram: Diagram): Workload => diagram.workload ?? { queries: '', rowEstimates: {} };

/** Sets the workload's SQL. Unchanged text returns the same diagram (no undo step). */
export function setWorkloadQueries(diagram: Diagram, queries: string): Diagram {
  if (current(diagram).queries === queries) return diagram;
  return { ...diagram, workload: { ...current(diagram), queries } };
}

/** Sets (or, with undefined, clears) a table's row estimate. Unknown tables and negative counts change nothing. */
export function setRowEstimate(diagram: Diagram, tableId: Id, rows: number | undefined): Diagram {
  if (!diagram.tables.some((t) => t.id === tableId)) return diagram;
  const workload = current(diagram);
  if (rows === undefined) {
    if (!(tableId in workload.rowEstimates)) return diagram;
    const { [tableId]: _removed, ...rest } = workload.rowEstimates;
    return { ...diagram, workload: { ...workload, rowEstimates: rest } };
  }
  const value = Math.round(rows);
  if (!Number.isFinite(value) || value < 0 || workload.rowEstimates[tableId] === value) return diagram;
  return { ...diagram, workload: { ...workload, rowEstimates: { ...workload.rowEstimates, [tableId]: value } } };
}

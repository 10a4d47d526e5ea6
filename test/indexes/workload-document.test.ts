import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, DOCUMENT_FORMAT, deleteTables, ecommerceDiagram, restore, setRowEstimate, setWorkloadQueries } from '../../src/core/index';

const envelope = (diagram: unknown) => ({ format: DOCUMENT_FORMAT, version: CURRENT_VERSION, diagram });

describe('diagram.workload in the file format', () => {
  it('round-trips queries and row estimates, and stays optional', () => {
    const d = setRowEstimate(setWorkloadQueries(ecommerceDiagram(), 'SELECT 1'), 'tbl_orders', 250_000);
    const back = restore(JSON.parse(JSON.stringify(envelope(d))));
    expect(back.ok && back.diagram.workload).toEqual({ queries: 'SELECT 1', rowEstimates: { tbl_orders: 250_000 } });
    const plain = restore(envelope(ecommerceDiagram()));
    expect(plain.ok && plain.diagram.workload).toBeUndefined();
  });
  it('reports a row estimate for a table that is not in the diagram, with its path', () => {
    const result = restore(envelope({ ...ecommerceDiagram(), workload: { queries: '', rowEstimates: { tbl_ghost: 5 } } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ path: 'diagram.workload.rowEstimates.tbl_ghost' });
  });
  it('rejects negative or fractional estimates', () => {
    expect(restore(envelope({ ...ecommerceDiagram(), workload: { queries: '', rowEstimates: { tbl_orders: -1 } } })).ok).toBe(false);
  });
  it('deleting a table drops its estimate, so the file stays valid', () => {
    const d = deleteTables(setRowEstimate(ecommerceDiagram(), 'tbl_orders', 10), ['tbl_orders']);
    expect(d.workload?.rowEstimates).toEqual({});
    expect(restore(envelope(d)).ok).toBe(true);
  });
  it('edits are no-ops when nothing changes, and clear with undefined', () => {
    const d = ecommerceDiagram();
    expect(setWorkloadQueries(d, '')).toBe(d);
    expect(setRowEstimate(d, 'nope', 5)).toBe(d);
    const set = setRowEstimate(d, 'tbl_users', 5);
    expect(setRowEstimate(set, 'tbl_users', 5)).toBe(set);
    expect(setRowEstimate(set, 'tbl_users', undefined).workload?.rowEstimates).toEqual({});
  });
});

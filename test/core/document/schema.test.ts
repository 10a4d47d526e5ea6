import { describe, expect, it } from 'vitest';
import {
  columnDefaultSchema,
  columnSchema,
  columnTypeSchema,
  CURRENT_VERSION,
  diagramSchema,
  DOCUMENT_FORMAT,
  documentSchema,
  ecommerceDiagram,
  foreignKeySchema,
  indexSchema,
  toDocument,
} from '../../../src/core/index';

describe('zod document schema', () => {
  it('accepts the current envelope and nothing else', () => {
    const document = JSON.parse(JSON.stringify(toDocument(ecommerceDiagram()))) as Record<string, unknown>;
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(documentSchema.safeParse({ ...document, version: CURRENT_VERSION + 1 }).success).toBe(false);
    expect(documentSchema.safeParse({ ...document, format: 'other' }).success).toBe(false);
    expect(DOCUMENT_FORMAT).toBe('erd-modeler/diagram');
  });

  it('needs only id and name for a diagram', () => {
    expect(diagramSchema.parse({ id: 'd', name: 'n' })).toEqual({ id: 'd', name: 'n', tables: [], enums: [], notes: [], groups: [] });
  });

  it('validates column types', () => {
    expect(columnTypeSchema.safeParse({ name: 'varchar', length: 255 }).success).toBe(true);
    expect(columnTypeSchema.safeParse({ name: 'decimal', precision: 10, scale: 2 }).success).toBe(true);
    expect(columnTypeSchema.safeParse({ name: 'inet' }).success).toBe(true);
    expect(columnTypeSchema.safeParse({ name: '' }).success).toBe(false);
    expect(columnTypeSchema.safeParse({ name: 'varchar', length: 0 }).success).toBe(false);
    expect(columnTypeSchema.safeParse({ name: 'varchar', length: 2.5 }).success).toBe(false);
    expect(columnTypeSchema.safeParse({ name: 'text', arrayDimensions: 7 }).success).toBe(false);
  });

  it('tells literal defaults from expressions', () => {
    for (const value of ['x', 0, true, null]) expect(columnDefaultSchema.safeParse({ kind: 'literal', value }).success).toBe(true);
    expect(columnDefaultSchema.safeParse({ kind: 'literal', value: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(columnDefaultSchema.safeParse({ kind: 'literal', value: [] }).success).toBe(false);
    expect(columnDefaultSchema.safeParse({ kind: 'expression', sql: 'now()' }).success).toBe(true);
    expect(columnDefaultSchema.safeParse({ kind: 'expression', sql: '' }).success).toBe(false);
    expect(columnDefaultSchema.safeParse({ kind: 'literal' }).success).toBe(false);
  });

  it('knows the identity kinds', () => {
    const column = { id: 'c', name: 'c', type: { name: 'integer' }, nullable: false };
    for (const identity of ['always', 'by-default', 'serial']) expect(columnSchema.safeParse({ ...column, identity }).success).toBe(true);
    expect(columnSchema.safeParse({ ...column, identity: 'auto' }).success).toBe(false);
    expect(columnSchema.safeParse({ ...column, nullable: undefined }).success).toBe(false);
  });

  it('fills index and foreign-key defaults', () => {
    expect(indexSchema.parse({ id: 'i', columns: [{ columnId: 'c' }] })).toEqual({ id: 'i', columns: [{ columnId: 'c', order: 'asc' }], unique: false, method: 'btree' });
    expect(indexSchema.safeParse({ id: 'i', columns: [{ columnId: 'c' }], method: 'brin' }).success).toBe(false);
    expect(foreignKeySchema.parse({ id: 'f', columns: ['a'], refTableId: 't', refColumns: ['b'] })).toMatchObject({ onDelete: 'no-action', onUpdate: 'no-action' });
    expect(foreignKeySchema.safeParse({ id: 'f', columns: ['a'], refTableId: 't', refColumns: ['b'], cardinality: { parent: 'exactly-one', child: 'lots' } }).success).toBe(false);
  });
});

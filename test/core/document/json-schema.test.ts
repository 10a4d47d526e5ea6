import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../../src/core/index';
import { diagramJsonSchema, diagramJsonSchemaText } from '../../../scripts/diagram-json-schema';

const committedPath = new URL('../../../docs/diagram.schema.json', import.meta.url);

describe('docs/diagram.schema.json', () => {
  it('equals a fresh generation from the zod schema (run `npm run schema:json` after changing schema.ts)', () => {
    expect(readFileSync(committedPath, 'utf8')).toBe(diagramJsonSchemaText());
  });

  it('describes the envelope of the current version', () => {
    const schema = diagramJsonSchema() as { required: string[]; properties: { version: { const: number } } };
    expect(schema.required).toEqual(['format', 'version', 'diagram']);
    expect(schema.properties.version.const).toBe(CURRENT_VERSION);
  });

  it('makes fields with defaults optional, as a hand-written file may omit them', () => {
    const schema = diagramJsonSchema() as { properties: { diagram: { required: string[]; properties: { tables: { items: { required: string[] } } } } } };
    expect(schema.properties.diagram.required).toEqual(['id', 'name']);
    expect(schema.properties.diagram.properties.tables.items.required).toEqual(['id', 'name', 'position', 'columns']);
  });
});

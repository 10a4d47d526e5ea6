import { z } from 'zod';
import { CURRENT_VERSION, documentSchema } from '../src/core/index';

/**
 * The JSON Schema of a diagram file, generated from the zod schema restore() validates with, so
 * the two cannot disagree. `io: 'input'` describes what a file may contain (fields with defaults
 * are optional), not what restore() returns. Integrity rules (unique ids, references) are beyond
 * JSON Schema; docs/file-format.md describes them.
 */
export function diagramJsonSchema(): Record<string, unknown> {
  const { $schema, ...generated } = z.toJSONSchema(documentSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    $schema,
    title: `ERD Modeler diagram document, format version ${CURRENT_VERSION}`,
    description: 'A diagram file: { format, version, diagram }. Generated from src/core/document/schema.ts by `npm run schema:json`; see docs/file-format.md.',
    ...generated,
  };
}

/** The file's exact text: two-space indentation and a final newline, as committed. */
export function diagramJsonSchemaText(): string {
  return `${JSON.stringify(diagramJsonSchema(), null, 2)}\n`;
}

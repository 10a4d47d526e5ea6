// Writes docs/diagram.schema.json from the zod document schema (`npm run schema:json`).
// A unit test (test/core/document/json-schema.test.ts) fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { diagramJsonSchemaText } from './diagram-json-schema';

writeFileSync(new URL('../docs/diagram.schema.json', import.meta.url), diagramJsonSchemaText());

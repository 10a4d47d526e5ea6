// Writes examples/ecommerce.json from the core's example builder; a unit test keeps them equal.
import { writeFileSync } from 'node:fs';
import { ecommerceDiagram, serializeDocument } from '../src/core/index';

writeFileSync(new URL('../examples/ecommerce.json', import.meta.url), serializeDocument(ecommerceDiagram()));

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, ecommerceDiagram, restoreFromText, serializeDocument } from '../../../src/core/index';

const root = new URL('../../../', import.meta.url);
const fixturesDir = new URL('test/fixtures/documents/', root);

/** Fixtures named `v<N>.json` (optionally `v<N>-<what>.json`): one file of each format version ever written. */
const fixtures = readdirSync(fixturesDir)
  .map((file) => ({ file, version: Number(/^v(\d+)(?:-.*)?\.json$/.exec(file)?.[1]) }))
  .filter((f) => Number.isInteger(f.version));

describe('examples/ecommerce.json', () => {
  it('equals serializeDocument(ecommerceDiagram()) (regenerate with `npx tsx scripts/write-examples.ts`)', () => {
    expect(readFileSync(new URL('examples/ecommerce.json', root), 'utf8')).toBe(serializeDocument(ecommerceDiagram()));
  });

  it('restores to the example diagram', () => {
    const result = restoreFromText(readFileSync(new URL('examples/ecommerce.json', root), 'utf8'));
    expect(result).toEqual({ ok: true, diagram: JSON.parse(JSON.stringify(ecommerceDiagram())) });
  });
});

describe('fixtures of older format versions', () => {
  it('has a fixture for every version before the current one', () => {
    const versions = new Set(fixtures.map((f) => f.version));
    for (let v = 1; v < CURRENT_VERSION; v++) expect(versions.has(v), `test/fixtures/documents/v${v}.json`).toBe(true);
  });

  it.each(fixtures)('$file restores, migrated from its version', ({ file, version }) => {
    const text = readFileSync(new URL(file, fixturesDir), 'utf8');
    expect((JSON.parse(text) as { version: unknown }).version).toBe(version);
    const result = restoreFromText(text);
    if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    expect(result.migratedFrom).toBe(version < CURRENT_VERSION ? version : undefined);
  });
});

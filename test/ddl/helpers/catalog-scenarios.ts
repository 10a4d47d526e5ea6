import { expect, it } from 'vitest';
import { generateDdl, type DdlOptions, type Diagram } from '../../../src/core/index';
import { seedSchemas } from '../fixtures/seed-schemas';
import { showcaseDiagram } from '../fixtures/showcase';
import type { Backend } from './backends';
import { expectedCatalog } from './expected-catalog';

type Dialect = 'postgres' | 'mysql';

/** Runs the diagram's DDL on the backend (`times` runs) and checks the catalog against the model. */
export async function expectCatalogMatches(backend: Backend, diagram: Diagram, dialect: Dialect, options: DdlOptions = {}, times = 1): Promise<void> {
  const { statements } = generateDdl(diagram, dialect, options);
  const actual = await backend.run(statements, { times });
  const expected = expectedCatalog(diagram, dialect);
  expect(actual.tables).toEqual(expected.tables);
  expect(actual.enums).toEqual(expected.enums);
  expect(expected.names.filter((n) => !actual.names.includes(n)), 'names the model gives are kept').toEqual([]);
}

/** One test per seed schema, plus the showcase under each option (re-runnable ones run twice). */
export function defineCatalogScenarios(backend: () => Backend, dialect: Dialect): void {
  for (const [name, diagram] of Object.entries(seedSchemas())) {
    it(`runs the ${name} DDL and the catalog matches the model`, async () => {
      await expectCatalogMatches(backend(), diagram, dialect);
    });
  }
  const variants: [string, DdlOptions, number][] = [
    ['default options', {}, 1],
    ['every identifier quoted', { quoteIdentifiers: 'always' }, 1],
    ['DROP first, run twice', { dropFirst: true }, 2],
    // MySQL has no ADD CONSTRAINT IF NOT EXISTS: a second run would add the cycle's foreign key again (warned as rerun-unsafe).
    dialect === 'postgres' ? ['IF NOT EXISTS, run twice', { ifNotExists: true }, 2] : ['IF NOT EXISTS', { ifNotExists: true }, 1],
  ];
  for (const [label, options, times] of variants) {
    it(`runs the showcase DDL (${label}) and the catalog matches the model`, async () => {
      await expectCatalogMatches(backend(), showcaseDiagram(), dialect, options, times);
    });
  }
}

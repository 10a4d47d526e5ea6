import fc from 'fast-check';
import { expect, it } from 'vitest';
import { generateDdl } from '../../../src/core/index';
import type { Backend } from './backends';
import { expectedCatalog } from './expected-catalog';
import { diagramArbitrary, optionsArbitrary } from './model-arbitrary';

type Dialect = 'postgres' | 'mysql';

/**
 * For random valid diagrams (hostile names included) and random options: the generator writes
 * no warning, the backend runs the script (twice when it is meant to be re-runnable), and the
 * catalog shows exactly the model.
 */
export function definePropertyTests(backend: () => Backend, dialect: Dialect, runs: number): void {
  it(`random valid diagrams run and match the catalog (${runs} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(diagramArbitrary(dialect), optionsArbitrary(dialect), async (diagram, { options, times }) => {
        const result = generateDdl(diagram, dialect, options);
        expect(result.warnings.filter((w) => w.severity === 'warning')).toEqual([]);
        const actual = await backend().run(result.statements, { times });
        const expected = expectedCatalog(diagram, dialect);
        expect(actual.tables).toEqual(expected.tables);
        expect(actual.enums).toEqual(expected.enums);
        expect(expected.names.filter((n) => !actual.names.includes(n))).toEqual([]);
      }),
      {
        numRuns: runs,
        // Shrinking a failure against a server can take long: cap the whole run, and count a cut-off as a failure.
        interruptAfterTimeLimit: 150_000,
        markInterruptAsFailure: true,
        ...(process.env.ERD_PROPERTY_SEED ? { seed: Number(process.env.ERD_PROPERTY_SEED) } : {}),
        ...(process.env.ERD_PROPERTY_NO_SHRINK === '1' ? { endOnFailure: true } : {}),
      },
    );
  }, 170_000);
}

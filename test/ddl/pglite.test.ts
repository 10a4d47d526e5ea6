import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe } from 'vitest';
import { pgliteBackend, type Backend } from './helpers/backends';
import { defineCatalogScenarios } from './helpers/catalog-scenarios';
import { definePropertyTests } from './helpers/property-tests';

/** PGlite (PostgreSQL in WebAssembly, what the app can run in the browser): always runs, no server needed. */
describe('PostgreSQL DDL on PGlite', () => {
  let db: PGlite;
  let backend: Backend;
  beforeAll(async () => {
    db = new PGlite();
    await db.waitReady;
    backend = pgliteBackend(db);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  defineCatalogScenarios(() => backend, 'postgres');
  definePropertyTests(() => backend, 'postgres', Number(process.env.ERD_PGLITE_PROPERTY_RUNS ?? (process.env.CI === 'true' ? 100 : 25)));
});

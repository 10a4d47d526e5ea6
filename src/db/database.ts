import Dexie, { type DexieOptions, type EntityTable } from 'dexie';

/** The IndexedDB database the app uses; tests pass their own name so each test starts empty. */
export const DEFAULT_DATABASE_NAME = 'erd-modeler';

/**
 * What the diagram list shows. It lives apart from the document so that listing fifty diagrams
 * reads fifty small records, not fifty full documents (IndexedDB deserializes whole values).
 */
export interface DiagramSummaryRecord {
  id: string;
  name: string;
  tableCount: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * The saved document exactly as `toDocument()` produced it: `{ format, version, diagram }`.
 * Typed `unknown` because what comes back out of storage may be an older version or damaged;
 * every read goes through the core's `restore()`.
 */
export interface DiagramDocumentRecord {
  id: string;
  document: unknown;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

/**
 * Dexie schema. Versions are append-only, like the file format's migrations: a change adds
 * `this.version(n + 1).stores(...)` with an `.upgrade()` and never edits an earlier line, so a
 * browser holding an old database upgrades instead of failing to open it.
 */
export class ErdDatabase extends Dexie {
  diagrams!: EntityTable<DiagramSummaryRecord, 'id'>;
  documents!: EntityTable<DiagramDocumentRecord, 'id'>;
  meta!: EntityTable<MetaRecord, 'key'>;

  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      diagrams: 'id, name, updatedAt',
      documents: 'id',
      meta: 'key',
    });
  }
}

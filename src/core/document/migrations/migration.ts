/**
 * One step of the file format's history: it turns a document of version `from` into one of
 * version `from + 1`. Migrations are only ever appended, each with a fixture of the old version
 * in test/fixtures/documents/, so every file ever written still opens.
 */
export interface Migration {
  from: number;
  name: string;
  migrate(document: Record<string, unknown>): Record<string, unknown>;
}

import { PGlite } from '@electric-sql/pglite';
import { verifySuggestions, type Diagram, type IndexFinding, type VerifyOptions, type VerifyReport } from '../core/index';

/**
 * Planner verification in Node: a fresh in-memory PGlite per run (verification creates the
 * model's tables in it), closed afterwards. The browser runs the same core function in a worker.
 */
export async function verifyWithPglite(diagram: Diagram, findings: readonly IndexFinding[], queries: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const db = new PGlite();
  try {
    await db.waitReady;
    return await verifySuggestions(db, diagram, findings, queries, options);
  } finally {
    await db.close();
  }
}

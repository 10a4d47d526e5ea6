import { readFile, stat } from 'node:fs/promises';
import { checkDocumentSize, formatProblem, restoreFromText, type Diagram } from '../core/index';

/** Reads and restores a diagram file for a CLI command; the messages name the file and the place. */
export async function readDiagramFile(path: string): Promise<{ ok: true; diagram: Diagram; migratedFrom?: number } | { ok: false; messages: string[] }> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    return { ok: false, messages: [`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`] };
  }
  const tooBig = checkDocumentSize(size);
  if (tooBig) return { ok: false, messages: [`${path}: ${tooBig.message}`] };
  const result = restoreFromText(await readFile(path, 'utf8'));
  if (!result.ok) return { ok: false, messages: result.errors.map((e) => `${path}: ${formatProblem(e)}`) };
  return result;
}

import { checkDocumentSize, restoreFromText } from '../core/index';
import { useUiStore } from '../store/ui-store';
import { openAsNewDiagram } from '../ui/app/session';

/**
 * Opens a diagram file as a new diagram. Everything is checked before anything changes: a broken
 * or hostile file gives the problems with their places, and the open diagram stays as it was.
 */
export async function importDiagramFile(file: File): Promise<boolean> {
  const fail = (problems: { path: string; message: string }[]) => {
    useUiStore.getState().showMessage({ kind: 'error', title: `Could not import ${file.name}`, problems });
    return false;
  };
  const tooBig = checkDocumentSize(file.size);
  if (tooBig) return fail([tooBig]);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fail([{ path: '(file)', message: `the file could not be read: ${String(error)}` }]);
  }
  const result = restoreFromText(text);
  if (!result.ok) return fail(result.errors);
  await openAsNewDiagram(result.diagram);
  const migrated = result.migratedFrom !== undefined ? ` (converted from format version ${result.migratedFrom})` : '';
  useUiStore.getState().showMessage({ kind: 'info', title: `Imported "${result.diagram.name}" from ${file.name}${migrated}.` });
  return true;
}

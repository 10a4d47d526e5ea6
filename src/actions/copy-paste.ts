import { copyTables, pasteTables, restore, toDocument, type Diagram, type TableFragment } from '../core/index';
import { useDocumentStore } from '../store/document-store';
import { useUiStore } from '../store/ui-store';
import { primaryModifier, type Action } from './action';

/**
 * Copy and paste of tables. The clipboard text is a diagram document holding the copied tables,
 * so tables also travel between diagrams and browser tabs; pasting text that is not one falls
 * back to what this tab copied last.
 */
let lastCopied: TableFragment | undefined;
let lastCopiedText: string | undefined;
let pasteCount = 0;

const CLIPBOARD_DIAGRAM_ID = 'dgm_clipboard';

/**
 * The text form keeps only foreign keys among the copied tables, so it is a valid document on
 * its own (another tab has no parent tables to point at). This tab keeps the full fragment and
 * uses it when the clipboard still holds what it wrote.
 */
function fragmentToText(fragment: TableFragment): string {
  const ids = new Set(fragment.tables.map((t) => t.id));
  const tables = fragment.tables.map((t) => ({ ...t, foreignKeys: t.foreignKeys.filter((fk) => ids.has(fk.refTableId)) }));
  const diagram: Diagram = { id: CLIPBOARD_DIAGRAM_ID, name: 'Copied tables', tables, enums: fragment.enums, notes: [], groups: [] };
  return JSON.stringify(toDocument(diagram));
}

function fragmentFromText(text: string): TableFragment | undefined {
  if (text === lastCopiedText) return lastCopied;
  try {
    // Clipboard text goes through restore() like any file: never trusted as it is.
    const result = restore(JSON.parse(text));
    return result.ok ? { tables: result.diagram.tables, enums: result.diagram.enums } : undefined;
  } catch {
    return undefined;
  }
}

export const copyAction: Action = {
  name: 'copy',
  label: 'Copy tables',
  shortcut: 'Ctrl+C',
  keyTest: (e) => primaryModifier(e) && !e.shiftKey && e.key.toLowerCase() === 'c',
  enabled: () => useUiStore.getState().selectedTableIds.length > 0,
  perform: () => {
    lastCopied = copyTables(useDocumentStore.getState().diagram, useUiStore.getState().selectedTableIds);
    lastCopiedText = fragmentToText(lastCopied);
    pasteCount = 0;
    void navigator.clipboard?.writeText(lastCopiedText).catch(() => undefined);
  },
};

function paste(fragment: TableFragment): void {
  pasteCount++;
  let created: string[] = [];
  useDocumentStore.getState().apply(fragment.tables.length === 1 ? 'Paste table' : `Paste ${fragment.tables.length} tables`, (d) => {
    const result = pasteTables(d, fragment, { x: 40 * pasteCount, y: 40 * pasteCount }, '_copy');
    created = result.tableIds;
    return result.diagram;
  });
  useUiStore.getState().select({ tableIds: created, foreignKeyIds: [], noteIds: [] });
}

export const pasteAction: Action = {
  name: 'paste',
  label: 'Paste tables',
  shortcut: 'Ctrl+V',
  keyTest: (e) => primaryModifier(e) && !e.shiftKey && e.key.toLowerCase() === 'v',
  perform: () => {
    const fallback = () => {
      if (lastCopied) paste(lastCopied);
    };
    if (!navigator.clipboard?.readText) return fallback();
    navigator.clipboard
      .readText()
      .then((text) => {
        const fragment = fragmentFromText(text);
        if (fragment && fragment.tables.length > 0) paste(fragment);
        else fallback();
      })
      .catch(fallback);
  },
};

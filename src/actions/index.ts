import type { Action } from './action';
import { addTableAction } from './add-table';
import { deleteSelectionAction } from './delete-selection';
import { duplicateSelectionAction } from './duplicate-selection';
import { exportJsonAction } from './export-json';
import { fitViewAction, zoomToSelectionAction } from './fit-view';
import { redoAction, undoAction } from './undo-redo';
import { searchAction } from './search';
import { copyAction, pasteAction } from './copy-paste';
import { groupSelectionAction } from './group-selection';

/** Actions with keyboard shortcuts, tried in order by the app's key handler. Delete is handled by the canvas. */
export const SHORTCUT_ACTIONS: readonly Action[] = [undoAction, redoAction, addTableAction, duplicateSelectionAction, exportJsonAction, fitViewAction, zoomToSelectionAction, searchAction, copyAction, pasteAction, groupSelectionAction];

/** Shortcuts the canvas itself handles, listed in the help sheet with the actions above. */
export const CANVAS_SHORTCUTS: readonly { keys: string; what: string }[] = [
  { keys: 'Delete / Backspace', what: 'Delete the selected tables, relationships and notes' },
  { keys: 'Shift + click, Shift + drag', what: 'Select several tables' },
  { keys: 'Double-click the canvas', what: 'Add a table there (in the overview: zoom in)' },
  { keys: 'Double-click a table name', what: 'Rename it in place' },
  { keys: 'Drag from a column to a column', what: 'Add a foreign key' },
  { keys: 'Drag from a column to a table', what: 'Add a referencing column and its foreign key' },
  { keys: '?', what: 'This sheet' },
];

export { copyAction, groupSelectionAction, pasteAction, addTableAction, deleteSelectionAction, duplicateSelectionAction, exportJsonAction, fitViewAction, redoAction, searchAction, undoAction, zoomToSelectionAction };

import type { Action } from './action';
import { addTableAction } from './add-table';
import { deleteSelectionAction } from './delete-selection';
import { duplicateSelectionAction } from './duplicate-selection';
import { exportJsonAction } from './export-json';
import { fitViewAction, zoomToSelectionAction } from './fit-view';
import { redoAction, undoAction } from './undo-redo';

/** Actions with keyboard shortcuts, tried in order by the app's key handler. Delete is handled by the canvas. */
export const SHORTCUT_ACTIONS: readonly Action[] = [undoAction, redoAction, addTableAction, duplicateSelectionAction, exportJsonAction, fitViewAction, zoomToSelectionAction];

export { addTableAction, deleteSelectionAction, duplicateSelectionAction, exportJsonAction, fitViewAction, redoAction, undoAction, zoomToSelectionAction };

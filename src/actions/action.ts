/**
 * A user command: toolbar buttons, keyboard shortcuts and menus all run the same action, so
 * there is one path per command (and one undo step per model edit, through the document store).
 */
export interface Action {
  name: string;
  label: string;
  /** Shown in tooltips and the shortcut help, e.g. "Ctrl+Z". */
  shortcut?: string;
  keyTest?: (event: KeyboardEvent) => boolean;
  /** Whether the action can run now (disables its button). */
  enabled?: () => boolean;
  perform: () => void;
}

/** Ctrl on Linux/Windows, Cmd on macOS. */
export const primaryModifier = (event: KeyboardEvent): boolean => event.ctrlKey || event.metaKey;

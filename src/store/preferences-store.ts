import { create } from 'zustand';

/**
 * The user's view preferences, kept in localStorage (they are not part of any diagram):
 * colour theme, touchpad-style navigation, and which schemas and groups are hidden.
 */
export interface Preferences {
  theme: 'light' | 'dark';
  /** Touchpad: two-finger scroll pans and pinch zooms. Mouse: the wheel zooms. */
  touchpad: boolean;
  hiddenSchemas: string[];
  hiddenGroupIds: string[];
}

interface PreferencesState extends Preferences {
  set(patch: Partial<Preferences>): void;
  toggleHidden(kind: 'hiddenSchemas' | 'hiddenGroupIds', value: string): void;
}

const STORAGE_KEY = 'erd-modeler:preferences';

function load(): Preferences {
  const defaults: Preferences = { theme: 'light', touchpad: false, hiddenSchemas: [], hiddenGroupIds: [] };
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
    if (!raw) return defaults;
    const value = JSON.parse(raw) as Partial<Record<keyof Preferences, unknown>>;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    return {
      theme: value.theme === 'dark' ? 'dark' : 'light',
      touchpad: value.touchpad === true,
      hiddenSchemas: strings(value.hiddenSchemas),
      hiddenGroupIds: strings(value.hiddenGroupIds),
    };
  } catch {
    return defaults;
  }
}

export const usePreferences = create<PreferencesState>((set, get) => ({
  ...load(),
  set(patch) {
    set(patch);
    const { theme, touchpad, hiddenSchemas, hiddenGroupIds } = get();
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ theme, touchpad, hiddenSchemas, hiddenGroupIds }));
    } catch {
      // Preferences simply do not persist when storage is off.
    }
  },
  toggleHidden(kind, value) {
    const current = get()[kind];
    get().set({ [kind]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  },
}));

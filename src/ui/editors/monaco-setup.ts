import type * as MonacoApi from 'monaco-editor/editor/editor.api';

/**
 * Loads Monaco on first use: the editor core, the SQL, PostgreSQL and MySQL grammars and the editor worker,
 * bundled by Vite (never a CDN). Only the core worker is configured: the languages we use are
 * Monarch grammars that need no language worker. Later calls share the first load.
 */
export type Monaco = typeof MonacoApi;

let loading: Promise<Monaco> | undefined;

export function loadMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    const [monaco, worker] = await Promise.all([
      import('monaco-editor/editor/editor.api'),
      import('monaco-editor/editor/editor.worker?worker'),
      import('monaco-editor/languages/definitions/sql/register'),
      // The dialect grammars for imported dumps (SQL import dialog): Monarch only, no worker.
      import('monaco-editor/languages/definitions/pgsql/register'),
      import('monaco-editor/languages/definitions/mysql/register'),
    ]);
    const EditorWorker = worker.default;
    globalThis.MonacoEnvironment = { getWorker: () => new EditorWorker() };
    return monaco;
  })();
  return loading;
}

/** A custom language: a Monarch grammar, registered once under its id (e.g. for a dependency editor). */
export interface CustomLanguage {
  id: string;
  tokens: MonacoApi.languages.IMonarchLanguage;
  configuration?: MonacoApi.languages.LanguageConfiguration;
}

const registered = new Set<string>();

export function registerCustomLanguage(monaco: Monaco, language: CustomLanguage): void {
  if (registered.has(language.id)) return;
  registered.add(language.id);
  monaco.languages.register({ id: language.id });
  monaco.languages.setMonarchTokensProvider(language.id, language.tokens);
  if (language.configuration) monaco.languages.setLanguageConfiguration(language.id, language.configuration);
}

/** Monaco's theme for the app's: the app sets data-theme="dark" on <html> in dark mode. */
export function currentMonacoTheme(): 'vs' | 'vs-dark' {
  return typeof document !== 'undefined' && document.documentElement.dataset.theme === 'dark' ? 'vs-dark' : 'vs';
}

import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import { currentMonacoTheme, loadMonaco, registerCustomLanguage, type CustomLanguage, type Monaco } from './monaco-setup';

/** A squiggle in the editor: 1-based line and column, as parsers report them. */
export interface EditorMarker {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

export interface CodeEditorProps {
  value: string;
  /** 'sql', or the id of `customLanguage`. */
  language?: string;
  /** A Monarch grammar to register (once) before the editor uses `language`. */
  customLanguage?: CustomLanguage;
  readOnly?: boolean;
  markers?: readonly EditorMarker[];
  onChange?(value: string): void;
  /** The accessible name of the editor (screen readers, Playwright's getByLabel). */
  ariaLabel: string;
  /** CSS height; the editor fills the width. */
  height?: number | string;
}

function toMarkerData(monaco: Monaco, model: MonacoApi.editor.ITextModel, marker: EditorMarker): MonacoApi.editor.IMarkerData {
  const severity = marker.severity === 'error' ? monaco.MarkerSeverity.Error : marker.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info;
  const line = Math.min(Math.max(marker.line, 1), model.getLineCount());
  const endLine = Math.min(Math.max(marker.endLine ?? line, line), model.getLineCount());
  // Without an end column, mark to the end of the word (or at least one character).
  const endColumn = marker.endColumn ?? Math.max(model.getWordAtPosition({ lineNumber: line, column: marker.column })?.endColumn ?? marker.column + 1, marker.column + 1);
  return { severity, message: marker.message, startLineNumber: line, startColumn: marker.column, endLineNumber: endLine, endColumn };
}

/**
 * Monaco as a controlled React component. Monaco loads lazily on first mount; until then the
 * text shows in a plain read-only block, so the content is never missing. Reusable for any text
 * the app edits or shows (DDL, SQL import, dependency notation).
 */
export function CodeEditor({ value, language = 'sql', customLanguage, readOnly = false, markers, onChange, ariaLabel, height = 320 }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [instance, setInstance] = useState<{ monaco: Monaco; editor: MonacoApi.editor.IStandaloneCodeEditor; model: MonacoApi.editor.ITextModel }>();
  const [failed, setFailed] = useState<string>();
  // Latest callback and value without re-creating the editor.
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const settingValue = useRef(false);

  useEffect(() => {
    let disposed = false;
    let created: { editor: MonacoApi.editor.IStandaloneCodeEditor; model: MonacoApi.editor.ITextModel } | undefined;
    loadMonaco()
      .then((monaco) => {
        if (disposed || !host.current) return;
        if (customLanguage) registerCustomLanguage(monaco, customLanguage);
        const model = monaco.editor.createModel(value, language);
        const editor = monaco.editor.create(host.current, {
          model,
          readOnly,
          ariaLabel,
          theme: currentMonacoTheme(),
          automaticLayout: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 12,
          lineNumbersMinChars: 3,
          renderLineHighlight: readOnly ? 'none' : 'line',
          tabSize: 2,
          // Monaco hides markers in read-only editors by default; ours carry the warnings.
          renderValidationDecorations: 'on',
        });
        model.onDidChangeContent(() => {
          if (!settingValue.current) onChangeRef.current?.(model.getValue());
        });
        created = { editor, model };
        setInstance({ monaco, editor, model });
      })
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)));
    return () => {
      disposed = true;
      created?.editor.dispose();
      created?.model.dispose();
    };
    // The editor is created once; later prop changes are applied by the effects below.
  }, []);

  useEffect(() => {
    if (!instance || instance.model.getValue() === value) return;
    settingValue.current = true;
    try {
      if (readOnly) instance.model.setValue(value);
      // Editable text keeps its undo stack: replace the content as one edit.
      else instance.model.pushEditOperations([], [{ range: instance.model.getFullModelRange(), text: value }], () => null);
    } finally {
      settingValue.current = false;
    }
  }, [instance, value, readOnly]);

  useEffect(() => {
    if (!instance) return;
    if (customLanguage) registerCustomLanguage(instance.monaco, customLanguage);
    instance.monaco.editor.setModelLanguage(instance.model, language);
  }, [instance, language, customLanguage]);

  useEffect(() => {
    instance?.editor.updateOptions({ readOnly, ariaLabel });
  }, [instance, readOnly, ariaLabel]);

  useEffect(() => {
    if (!instance) return;
    instance.monaco.editor.setModelMarkers(instance.model, 'erd', (markers ?? []).map((m) => toMarkerData(instance.monaco, instance.model, m)));
  }, [instance, markers]);

  const box: CSSProperties = { height, border: '1px solid var(--border, #d0d7de)', borderRadius: 4, overflow: 'hidden', position: 'relative' };
  return (
    <div style={box} className="code-editor">
      <div ref={host} style={{ position: 'absolute', inset: 0 }} />
      {!instance && (
        <pre aria-label={ariaLabel} style={{ margin: 0, padding: 6, height: '100%', overflow: 'auto', fontSize: 12, fontFamily: 'ui-monospace, monospace', position: 'absolute', inset: 0 }}>
          {failed ? `The editor could not load (${failed}).\n\n${value}` : value}
        </pre>
      )}
    </div>
  );
}

export default CodeEditor;

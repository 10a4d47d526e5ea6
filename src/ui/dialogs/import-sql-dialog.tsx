import { useEffect, useMemo, useRef, useState } from 'react';
import {
  detectSqlDialect,
  joinScripts,
  mergeDiagrams,
  type Diagram,
  type ImportResult,
  type MergePolicy,
  type SqlDialectName,
} from '../../core/index';
import { useDocumentStore } from '../../store/document-store';
import { openAsNewDiagram } from '../app/session';
import { flowInstance } from '../canvas/viewport-bridge';
import { CodeEditor } from '../editors/code-editor';
import { autoLayout } from '../workers/layout-client';
import { parseInWorker } from '../workers/import-client';

/**
 * Import SQL DDL (PostgreSQL, MySQL) or DBML: paste or open a file, see what was found (counts,
 * skipped statements, errors as editor markers), then import it as a new diagram or merge it
 * into the open one. Nothing in the open diagram changes until a button is pressed, and a merge
 * is one undoable step ("Import SQL"). Parsing and layout run in workers.
 */
export interface ImportSqlDialogProps {
  open: boolean;
  onClose(): void;
}

type Format = 'auto' | SqlDialectName | 'dbml';

const FORMAT_LABELS: Record<Format, string> = { auto: 'Detect', postgres: 'PostgreSQL', mysql: 'MySQL / MariaDB', dbml: 'DBML' };
const PARSE_DELAY_MS = 300;
const MAX_LISTED = 200;

export function ImportSqlDialog({ open, onClose }: ImportSqlDialogProps) {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<Format>('auto');
  const [result, setResult] = useState<{ result: ImportResult; format: SqlDialectName | 'dbml' } | undefined>();
  const [parsing, setParsing] = useState(false);
  const [keepPartial, setKeepPartial] = useState(false);
  const [policy, setPolicy] = useState<MergePolicy>('keep');
  const [busy, setBusy] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [name, setName] = useState('Imported diagram');
  const fileInput = useRef<HTMLInputElement>(null);
  const current = useDocumentStore((s) => s.diagram);

  const effectiveFormat: SqlDialectName | 'dbml' = format === 'auto' ? detectSqlDialect(text) : format;

  // Parse after typing pauses; a newer text wins over an older parse still running.
  useEffect(() => {
    if (!open) return;
    if (text.trim() === '') {
      setResult(undefined);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      setParsing(true);
      setFailure(undefined);
      parseInWorker(text, effectiveFormat, name)
        .then((r) => {
          if (!cancelled && r) setResult({ result: r, format: effectiveFormat });
        })
        .catch((error: unknown) => {
          if (!cancelled) setFailure(`The parser could not run: ${error instanceof Error ? error.message : String(error)}`);
        })
        .finally(() => {
          if (!cancelled) setParsing(false);
        });
    }, PARSE_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [open, text, effectiveFormat, name]);

  // The conflict report, recomputed while the dialog is open (the open diagram may change under it).
  const merge = useMemo(() => (open && result && result.result.diagram.tables.length > 0 ? mergeDiagrams(current, result.result.diagram, policy) : undefined), [open, current, result, policy]);

  if (!open) return null;

  const found = result?.result;
  const errors = found?.errors ?? [];
  const notices = found?.notices ?? [];
  const diagram = found?.diagram;
  const canImport = !!diagram && diagram.tables.length > 0 && (errors.length === 0 || keepPartial) && !busy && !parsing;
  const markers = [
    ...errors.map((e) => ({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn, message: e.message, severity: 'error' as const })),
    ...notices.map((n) => ({ line: n.line, column: n.column, message: n.message, severity: 'info' as const })),
  ];

  const finish = async (label: string, action: (laidOut: Diagram) => Promise<void> | void) => {
    if (!diagram) return;
    setBusy(label);
    setFailure(undefined);
    try {
      await action(await autoLayout(diagram));
      reset();
      onClose();
    } catch (error) {
      setFailure(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(undefined);
    }
  };
  const reset = () => {
    setText('');
    setResult(undefined);
    setKeepPartial(false);
    setFailure(undefined);
    setName('Imported diagram');
  };
  const cancel = () => {
    reset();
    onClose();
  };

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
      <div className="dialog import-sql-dialog" role="dialog" aria-modal="true" aria-labelledby="import-sql-title" style={{ width: 'min(960px, 96vw)', maxHeight: '86vh' }}>
        <h2 id="import-sql-title" style={{ margin: '0 0 8px', fontSize: 16 }}>
          Import SQL or DBML
        </h2>
        <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', marginBottom: 8 }}>
          <label>
            Format{' '}
            <select aria-label="Format" value={format} onChange={(e) => setFormat(e.target.value as Format)}>
              {(Object.keys(FORMAT_LABELS) as Format[]).map((f) => (
                <option key={f} value={f}>
                  {f === 'auto' && text.trim() !== '' ? `Detect (${FORMAT_LABELS[effectiveFormat]})` : FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => fileInput.current?.click()} title="One .sql or .dbml file, or several migration files (read in name order)">
            Open files…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".sql,.dbml,.txt,text/plain"
            aria-label="SQL or DBML file"
            multiple
            hidden
            onChange={(e) => {
              // Several files are a migrations folder: joined in name order into one script.
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length === 0) return;
              if (files.length === 1 && /\.dbml$/i.test(files[0].name)) setFormat('dbml');
              setName(files.length === 1 ? files[0].name.replace(/\.[^.]+$/, '') || 'Imported diagram' : 'Imported migrations');
              void Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))).then((read) => setText(joinScripts(read).text));
            }}
          />
          <span className="hint">Paste the output of pg_dump, mysqldump, a Rails structure.sql or a DBML file.</span>
        </div>
        <CodeEditor value={text} language={effectiveFormat === 'dbml' ? 'plaintext' : effectiveFormat === 'mysql' ? 'mysql' : 'pgsql'} markers={markers} onChange={setText} ariaLabel="SQL to import" />
        <section aria-label="Import preview" style={{ marginTop: 8 }}>
          {parsing ? <p role="status">Reading…</p> : null}
          {diagram ? (
            <p role="status" aria-label="Import summary">
              Found {diagram.tables.length} tables, {diagram.tables.reduce((n, t) => n + t.columns.length, 0)} columns, {diagram.tables.reduce((n, t) => n + t.foreignKeys.length, 0)} foreign keys,{' '}
              {diagram.tables.reduce((n, t) => n + t.indexes.length, 0)} indexes and {diagram.enums.length} enums; {notices.length} skipped or approximated, {errors.length} errors.
            </p>
          ) : null}
          {errors.length > 0 ? (
            <div role="alert" aria-label="Import errors">
              <strong>
                {errors.length} statement{errors.length === 1 ? '' : 's'} could not be read:
              </strong>
              <ul>
                {errors.slice(0, MAX_LISTED).map((e, i) => (
                  <li key={i}>
                    line {e.line}, column {e.column}: {e.message}
                  </li>
                ))}
              </ul>
              <label>
                <input type="checkbox" checked={keepPartial} onChange={(e) => setKeepPartial(e.target.checked)} /> Import the statements that could be read
              </label>
            </div>
          ) : null}
          {notices.length > 0 ? (
            <details>
              <summary>{notices.length} skipped or approximated</summary>
              <ul aria-label="Import notices">
                {notices.slice(0, MAX_LISTED).map((n, i) => (
                  <li key={i}>
                    line {n.line}: {n.message}
                  </li>
                ))}
                {notices.length > MAX_LISTED ? <li>… and {notices.length - MAX_LISTED} more</li> : null}
              </ul>
            </details>
          ) : null}
          {merge && current.tables.length > 0 ? (
            <details>
              <summary>
                Merging into “{current.name}”: {merge.added} new tables, {merge.conflicts.length} conflicts
              </summary>
              <label>
                Tables that exist in both:{' '}
                <select aria-label="Tables that exist in both" value={policy} onChange={(e) => setPolicy(e.target.value as MergePolicy)}>
                  <option value="keep">keep mine</option>
                  <option value="replace">replace with the imported ones</option>
                </select>
              </label>
              <ul aria-label="Merge conflicts">
                {merge.conflicts.slice(0, MAX_LISTED).map((c, i) => (
                  <li key={i}>{c.message}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {failure ? <p role="alert">{failure}</p> : null}
        </section>
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 8 }}>
          {busy ? <span role="status">{busy}…</span> : null}
          <button type="button" disabled={!canImport} onClick={() => void finish('Import as new diagram', (laidOut) => openAsNewDiagram(laidOut))}>
            Import as new diagram
          </button>
          <button
            type="button"
            disabled={!canImport}
            onClick={() =>
              void finish('Merge into this diagram', (laidOut) => {
                // Merged against the diagram as it is now, in the same step as the undo record.
                useDocumentStore.getState().apply('Import SQL', (d) => mergeDiagrams(d, laidOut, policy).diagram);
                // Merged tables go beside the existing ones, possibly off screen: show everything.
                requestAnimationFrame(() => void flowInstance()?.fitView({ padding: 0.1, includeHiddenNodes: true, duration: 200 }));
              })
            }
          >
            Merge into this diagram
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}

import { lazy, Suspense, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { DIALECTS, generateDdl, type DdlOptions, type DdlResult, type DdlWarning, type Diagram, type DialectName } from '../../core/index';
import type { EditorMarker } from '../editors/code-editor';
import { useDiagram } from '../../store/document-store';
import { downloadText, fileNameFor } from '../app/download';

const CodeEditor = lazy(() => import('../editors/code-editor'));

/** Diagrams this big regenerate after a pause in editing, so typing in the canvas stays smooth. */
const DEBOUNCE_FROM_TABLES = 150;
const DEBOUNCE_MS = 150;

/** The diagram, or for big ones the diagram as it was 150 ms after the last edit. */
function useSettledDiagram(diagram: Diagram): Diagram {
  const [settled, setSettled] = useState(diagram);
  const big = diagram.tables.length >= DEBOUNCE_FROM_TABLES;
  useEffect(() => {
    if (!big) return;
    const timer = setTimeout(() => setSettled(diagram), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [diagram, big]);
  return big ? settled : diagram;
}

/** The last choices, kept while the app runs so switching tabs does not reset them. */
const remembered: { dialect: DialectName; quoteAll: boolean; ifNotExists: boolean; dropFirst: boolean; schemaQualified: boolean } = {
  dialect: 'postgres',
  quoteAll: false,
  ifNotExists: false,
  dropFirst: false,
  schemaQualified: false,
};

/** useState whose value is also written to `remembered[key]`. */
function useRemembered<K extends keyof typeof remembered>(key: K): [(typeof remembered)[K], (value: (typeof remembered)[K]) => void] {
  const [value, setValue] = useState(remembered[key]);
  const set = (next: (typeof remembered)[K]) => {
    remembered[key] = next;
    setValue(next);
  };
  return [value, set];
}

const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center', marginBottom: 6 };
const check: CSSProperties = { display: 'flex', flexDirection: 'row', alignItems: 'center', gap: 3, margin: 0, fontSize: 11 };

/** One marker per warning, on the first line of its table's CREATE TABLE. */
function warningMarkers(result: DdlResult): EditorMarker[] {
  const lineOf = new Map<string, number>();
  const markers: EditorMarker[] = [];
  for (const w of result.warnings) {
    if (!w.table) continue;
    let line = lineOf.get(w.table);
    if (line === undefined) {
      const index = result.tableStatements[w.table];
      const at = index === undefined ? -1 : result.sql.indexOf(result.statements[index]);
      if (at < 0) continue;
      line = 1;
      for (let i = 0; i < at; i++) if (result.sql.charCodeAt(i) === 10) line++;
      lineOf.set(w.table, line);
    }
    markers.push({ line, column: 1, endColumn: 200, message: warningText(w), severity: w.severity === 'warning' ? 'warning' : 'info' });
  }
  return markers;
}

function warningText(w: DdlWarning): string {
  const where = w.table ? `${w.table}${w.column ? `.${w.column}` : ''}: ` : '';
  return `${where}${w.message}`;
}

/**
 * The DDL panel: the live model as PostgreSQL or MySQL DDL in a read-only Monaco editor, the
 * generator's warnings (what the dialect cannot express, by table and column), Copy and
 * Download .sql. It follows every edit of the model.
 */
export default function DdlPanel() {
  const diagram = useSettledDiagram(useDiagram());
  const [dialect, setDialect] = useRemembered('dialect');
  const [quoteAll, setQuoteAll] = useRemembered('quoteAll');
  const [ifNotExists, setIfNotExists] = useRemembered('ifNotExists');
  const [dropFirst, setDropFirst] = useRemembered('dropFirst');
  const [schemaQualified, setSchemaQualified] = useRemembered('schemaQualified');
  const [status, setStatus] = useState('');

  const options = useMemo<DdlOptions>(
    () => ({ quoteIdentifiers: quoteAll ? 'always' : 'needed', ifNotExists, dropFirst, schemaQualified }),
    [quoteAll, ifNotExists, dropFirst, schemaQualified],
  );
  const result = useMemo(() => generateDdl(diagram, dialect, options), [diagram, dialect, options]);
  const label = DIALECTS[dialect].label;
  const markers = useMemo(() => warningMarkers(result), [result]);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(result.sql);
      setStatus(`Copied the ${label} DDL`);
    } catch {
      setStatus('Copying was blocked by the browser; select the text and copy it instead');
    }
  };
  const download = () => downloadText(fileNameFor(diagram.name, `.${dialect}.sql`), result.sql, 'application/sql');

  const warnings = result.warnings.filter((w) => w.severity === 'warning');
  const notes = result.warnings.filter((w) => w.severity === 'info');

  return (
    <section aria-label="DDL">
      <div style={row}>
        <div role="radiogroup" aria-label="SQL dialect" style={{ display: 'flex', gap: 8 }}>
          {(Object.values(DIALECTS) as (typeof DIALECTS)[DialectName][]).map((d) => (
            <label key={d.name} style={check}>
              <input type="radio" name="ddl-dialect" value={d.name} checked={dialect === d.name} onChange={() => setDialect(d.name)} />
              {d.label}
            </label>
          ))}
        </div>
        <button type="button" onClick={copy} aria-label={`Copy ${label} DDL`}>
          Copy
        </button>
        <button type="button" onClick={download} aria-label={`Download ${label} DDL as .sql`}>
          Download .sql
        </button>
      </div>
      <div style={row} role="group" aria-label="DDL options">
        <label style={check}>
          <input type="checkbox" checked={quoteAll} onChange={(e) => setQuoteAll(e.target.checked)} />
          Quote all names
        </label>
        <label style={check}>
          <input type="checkbox" checked={ifNotExists} onChange={(e) => setIfNotExists(e.target.checked)} />
          IF NOT EXISTS
        </label>
        <label style={check}>
          <input type="checkbox" checked={dropFirst} onChange={(e) => setDropFirst(e.target.checked)} />
          DROP first
        </label>
        <label style={check}>
          <input type="checkbox" checked={schemaQualified} onChange={(e) => setSchemaQualified(e.target.checked)} />
          Schema-qualified
        </label>
      </div>
      <p role="status" aria-live="polite" style={{ minHeight: 16, margin: '0 0 4px', fontSize: 11 }}>
        {status}
      </p>
      <Suspense fallback={<pre aria-label={`${label} DDL`}>{result.sql}</pre>}>
        <CodeEditor value={result.sql} language="sql" readOnly markers={markers} ariaLabel={`${label} DDL`} height="min(60vh, 520px)" />
      </Suspense>
      <section aria-label="DDL warnings" style={{ marginTop: 8 }}>
        <h3>
          {warnings.length === 0 ? 'No warnings' : `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`}
          {notes.length > 0 ? `, ${notes.length} note${notes.length === 1 ? '' : 's'}` : ''}
        </h3>
        {result.warnings.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: 16, fontSize: 12 }}>
            {[...warnings, ...notes].map((w, i) => (
              <li key={`${w.code}-${i}`} data-severity={w.severity} title={w.code}>
                <strong>{w.severity === 'warning' ? 'Warning' : 'Note'}</strong> {warningText(w)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

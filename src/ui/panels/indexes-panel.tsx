import { lazy, Suspense, useDeferredValue, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import {
  analyzeIndexes,
  applyIndexFix,
  DEFAULT_ROWS,
  indexFixText,
  loadWorkloadParser,
  workloadParserLoaded,
  parseWorkload,
  setRowEstimate,
  setWorkloadQueries,
  type DialectName,
  type Diagram,
  type IndexFinding,
  type Table,
  type Verification,
  type VerifyProgress,
  type VerifyReport,
} from '../../core/index';
import { useDiagram, useDocumentStore } from '../../store/document-store';
import type { EditorMarker } from '../editors/code-editor';
import { verifyInWorker, warmVerifier, type VerifyRun } from '../workers/index-verify-client';

// Monaco loads with the editor, not with the panel list.
const CodeEditor = lazy(() => import('../editors/code-editor'));

/**
 * The Indexes panel: the queries the application runs (kept with the diagram), a row estimate per
 * table, and the advisor's suggestions from the schema and the workload, each with its reason,
 * the seed rule, and one-click Apply (one undo step). "Verify with PostgreSQL planner" runs PGlite
 * in a worker and shows, per suggestion, the plans before and after and the cost ratio.
 */

const apply = (label: string, edit: (d: Diagram) => Diagram) => useDocumentStore.getState().apply(label, edit);

const mono: CSSProperties = { fontFamily: 'ui-monospace, monospace', fontSize: 12 };
const pre: CSSProperties = { ...mono, whiteSpace: 'pre', overflowX: 'auto', background: 'var(--panel-muted, #f6f7f9)', padding: 6, margin: '4px 0', fontSize: 11 };
const badge = (verified: boolean): CSSProperties => ({ background: verified ? '#15803d' : '#6b7280', color: '#fff', borderRadius: 10, padding: '0 7px', fontSize: 11, fontWeight: 700 });

interface VerifiedState {
  report: VerifyReport;
  diagram: Diagram;
}

export default function IndexesPanel() {
  const diagram = useDiagram();
  const [dialect, setDialect] = useState<DialectName>('postgres');
  const saved = diagram.workload?.queries ?? '';
  const [draft, setDraft] = useState(saved);
  useEffect(() => setDraft(saved), [saved]);
  const commitQueries = () => apply('Edit workload queries', (d) => setWorkloadQueries(d, draft));

  // The query parser loads with the first queries; until then the workload waits (schema rules do not).
  const [parserReady, setParserReady] = useState(workloadParserLoaded());
  useEffect(() => {
    if (parserReady || !draft.trim()) return;
    let live = true;
    void loadWorkloadParser().then(() => live && setParserReady(true));
    return () => {
      live = false;
    };
  }, [parserReady, draft]);
  // Typing stays responsive on big diagrams: the analysis follows the text a render behind.
  const deferred = useDeferredValue(draft);
  const queries = parserReady ? deferred : '';
  const findings = useMemo(() => analyzeIndexes(diagram, { dialect, queries }), [diagram, dialect, queries]);
  const markers = useMemo<EditorMarker[]>(
    () => parseWorkload(queries).flatMap((q) => (q.error ? [{ line: q.line, column: 1, message: q.error, severity: 'error' as const }] : [])),
    [queries],
  );
  const suggestions = findings.filter((f) => f.fix);
  const others = findings.filter((f) => !f.fix);

  const [progress, setProgress] = useState<VerifyProgress | undefined>();
  const [verified, setVerified] = useState<VerifiedState | undefined>();
  const [error, setError] = useState<string | undefined>();
  const run = useRef<VerifyRun | undefined>(undefined);
  // PostgreSQL takes seconds to boot: start it while the user writes queries. Leaving the panel stops a run.
  useEffect(() => {
    warmVerifier();
    return () => run.current?.cancel();
  }, []);

  const verify = () => {
    commitQueries();
    run.current?.cancel();
    setError(undefined);
    setVerified(undefined);
    setProgress({ done: 0, total: 1, label: 'starting PostgreSQL' });
    const current = useDocumentStore.getState().diagram;
    const started = verifyInWorker(current, suggestions, draft, current.workload?.rowEstimates ?? {}, setProgress);
    run.current = started;
    started.promise
      .then((report) => setVerified({ report, diagram: current }))
      .catch((e: unknown) => {
        if (!(e instanceof Error && e.message === 'cancelled')) setError(e instanceof Error ? e.message : String(e));
      })
      .finally(() => {
        if (run.current === started) {
          run.current = undefined;
          setProgress(undefined);
        }
      });
  };
  const verifications = useMemo(() => new Map((verified?.report.verifications ?? []).map((v) => [v.key, v])), [verified]);

  return (
    <div className="indexes-panel">
      <section aria-label="Workload">
        <h3>Queries</h3>
        <p className="hint">Paste the SQL your application runs (separate statements with ;). Parameters may be $1 or ?.</p>
        {draft.trim() && !parserReady ? <p className="hint">Loading the SQL parser…</p> : null}
        <div onBlur={commitQueries}>
          <Suspense fallback={<pre aria-label="Queries">{draft}</pre>}>
            <CodeEditor value={draft} language="sql" ariaLabel="Queries" markers={markers} onChange={setDraft} height={Math.min(320, Math.max(120, 18 * (draft.split('\n').length + 2)))} />
          </Suspense>
        </div>
        {markers.length > 0 ? (
          <ul aria-label="Problems in the queries" style={{ margin: '4px 0', paddingLeft: 18, fontSize: 12, color: 'var(--danger)' }}>
            {markers.map((m, i) => (
              <li key={i}>
                line {m.line}: {m.message}
              </li>
            ))}
          </ul>
        ) : null}
        <label style={{ display: 'block', margin: '6px 0' }}>
          Dialect{' '}
          <select aria-label="Index dialect" value={dialect} onChange={(e) => setDialect(e.target.value === 'mysql' ? 'mysql' : 'postgres')}>
            <option value="postgres">PostgreSQL</option>
            <option value="mysql">MySQL (suggestions unverified)</option>
          </select>
        </label>
        <RowEstimates diagram={diagram} />
      </section>

      <section aria-label="Verification" style={{ margin: '8px 0' }}>
        <button type="button" onClick={verify} disabled={dialect !== 'postgres' || progress !== undefined || suggestions.length === 0}>
          Verify with PostgreSQL planner
        </button>
        {progress ? (
          <div role="status" aria-label="Verification progress" style={{ marginTop: 4 }}>
            <progress max={progress.total} value={progress.done} style={{ width: '100%' }} />
            <span className="hint">{progress.label}</span>{' '}
            <button type="button" onClick={() => run.current?.cancel()}>
              Cancel
            </button>
          </div>
        ) : null}
        {error ? <p role="alert">Verification failed: {error}</p> : null}
        {verified && verified.diagram !== diagram ? <p className="hint">Plans were computed before the latest edit.</p> : null}
        {verified?.report.warnings.length ? (
          <details>
            <summary>{verified.report.warnings.length} setup warning(s)</summary>
            <ul>{verified.report.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
          </details>
        ) : null}
      </section>

      <section aria-label="Index suggestions">
        <h3>Suggestions ({suggestions.length})</h3>
        {suggestions.length === 0 ? <p className="hint">No index changes to suggest.</p> : null}
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {suggestions.map((f) => (
            <Suggestion key={f.key} diagram={diagram} finding={f} verification={verifications.get(f.key)} dialect={dialect} />
          ))}
        </ul>
      </section>

      {others.length > 0 ? (
        <section aria-label="Query findings">
          <h3>Findings ({others.length})</h3>
          <ul style={{ paddingLeft: 16 }}>
            {others.map((f) => (
              <li key={f.key} data-code={f.code} style={{ marginBottom: 6 }}>
                <span style={{ ...mono, fontWeight: 700 }}>{f.code}</span> {f.message}
                {f.rewrite ? <div className="hint">Rewrite: {f.rewrite}</div> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function Suggestion({ diagram, finding, verification, dialect }: { diagram: Diagram; finding: IndexFinding; verification: Verification | undefined; dialect: DialectName }) {
  const fix = finding.fix;
  if (!fix) return null;
  const text = indexFixText(diagram, fix);
  const best = verification?.evidence.find((e) => e.usesIndex && e.costRatio < 1) ?? verification?.evidence[0];
  return (
    <li aria-label={`Suggestion ${text}`} data-code={finding.code} data-verified={verification?.verified ? 'true' : 'false'} style={{ borderTop: '1px solid var(--border)', padding: '6px 0' }}>
      <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
        <code style={mono}>{text}</code>
        <span style={badge(verification?.verified === true)} aria-label="Planner verdict" title={fix.action === 'drop' ? 'Verified: no query gets more expensive without it' : 'Verified: a query uses it and gets cheaper'}>
          {verification?.verified ? 'verified' : dialect === 'mysql' ? 'unverified (MySQL)' : 'unverified'}
        </span>
        <button type="button" aria-label={`Apply ${text}`} onClick={() => apply(fix.action === 'create' ? 'Add suggested index' : 'Drop suggested index', (d) => applyIndexFix(d, fix))} style={{ marginLeft: 'auto' }}>
          Apply
        </button>
      </div>
      <div style={{ fontSize: 12, marginTop: 2 }}>{finding.message}</div>
      <div className="hint" style={{ fontSize: 11 }}>
        {finding.code} · {finding.rule}
      </div>
      {verification ? (
        <div style={{ fontSize: 12, marginTop: 4 }}>
          <div>Planner: {verification.summary}</div>
          {best ? (
            <details>
              <summary>
                Plans for query #{best.query + 1} (cost ×{best.costRatio.toFixed(3)})
              </summary>
              <div className="hint" style={mono}>
                {best.sql}
              </div>
              <div>Before</div>
              <pre aria-label="Plan before" style={pre}>
                {best.beforeText}
              </pre>
              <div>After</div>
              <pre aria-label="Plan after" style={pre}>
                {best.afterText}
              </pre>
            </details>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** One number input per table; empty means "unknown" (the planner check then uses 10,000 rows). */
function RowEstimates({ diagram }: { diagram: Diagram }) {
  const estimates = diagram.workload?.rowEstimates ?? {};
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Row estimates ({Object.keys(estimates).length} of {diagram.tables.length} tables)</summary>
      {open ? (
        <table style={{ fontSize: 12 }}>
          <tbody>
            {diagram.tables.map((t) => (
              <RowEstimate key={t.id} table={t} value={estimates[t.id]} />
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}

function RowEstimate({ table, value }: { table: Table; value: number | undefined }) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  useEffect(() => setDraft(value === undefined ? '' : String(value)), [value]);
  const commit = () => {
    const trimmed = draft.trim();
    const rows = trimmed === '' ? undefined : Number(trimmed);
    if (rows !== undefined && (!Number.isFinite(rows) || rows < 0)) {
      setDraft(value === undefined ? '' : String(value));
      return;
    }
    apply('Set row estimate', (d) => setRowEstimate(d, table.id, rows));
  };
  return (
    <tr>
      <td>{table.name}</td>
      <td>
        <input
          type="number"
          min={0}
          aria-label={`Row estimate for ${table.name}`}
          placeholder={String(DEFAULT_ROWS)}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
          style={{ width: 90 }}
        />
      </td>
    </tr>
  );
}

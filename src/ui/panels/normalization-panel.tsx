import { lazy, Suspense, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import {
  acceptSuggestion,
  addDependency,
  allSuggestionsForTable,
  analyzeTable,
  compareForms,
  declarationsToText,
  decomposeTable,
  dismissSuggestion,
  parseCsv,
  parseDeclarations,
  planDecomposition,
  removeDependency,
  removeJoinDependency,
  removeRepeatingGroup,
  restoreSuggestion,
  setDeclarations,
  setMultivaluedColumn,
  suggestionsFromMinedDependencies,
  type DecompositionPlan,
  type DecompositionTarget,
  type Diagram,
  type Id,
  type MiningProgress,
  type MiningResult,
  type NormalForm,
  type NormalizationSuggestion,
  type Table,
  type TableAnalysis,
} from '../../core/index';
import { useDiagram, useDocumentStore } from '../../store/document-store';
import { useUiStore } from '../../store/ui-store';
import { NormalFormBadge as SharedBadge } from '../components/normal-form-badge';
import type { CustomLanguage } from '../editors/monaco-setup';
import type { MiningRequest, MiningResponse } from '../workers/fd-mining.worker';

// Monaco loads only when a table's dependency text is first shown.
const CodeEditor = lazy(() => import('../editors/code-editor'));

/** Highlighting for the dependency notation (src/core/analysis/normalization/dependency-syntax.ts). */
const DEPENDENCY_LANGUAGE: CustomLanguage = {
  id: 'erd-dependencies',
  tokens: {
    ignoreCase: true,
    tokenizer: {
      root: [
        [/#.*$/, 'comment'],
        [/--.*$/, 'comment'],
        [/->>|->|→/, 'operator'],
        [/\b(multivalued|repeating|join)\b/, 'keyword'],
        [/"[^"]*"|`[^`]*`/, 'string'],
        [/\{\}|∅/, 'constant'],
        [/[A-Za-z_][\w$]*/, 'identifier'],
        [/[,()]/, 'delimiter'],
      ],
    },
  },
  configuration: { comments: { lineComment: '#' }, brackets: [['(', ')']] },
};

/**
 * The Normalization panel: for the selected table (or every table when none is selected) its
 * normal form, candidate keys, the violations in plain words, the declared dependencies (as a
 * form and as text), suggestions to accept or dismiss, dependencies mined from sample rows, and
 * decomposition with a preview. Every change is one `apply`, so one undo step.
 */

const apply = (label: string, edit: (d: Diagram) => Diagram) => useDocumentStore.getState().apply(label, edit);

function NormalFormBadge({ form, tableName }: { form: NormalForm; tableName: string }) {
  return <SharedBadge form={form} label={`Normal form of ${tableName}`} />;
}

const columnNames = (table: Table, ids: readonly Id[]) => ids.map((id) => table.columns.find((c) => c.id === id)?.name ?? id).join(', ');
const keyText = (table: Table, key: readonly Id[]) => `(${columnNames(table, key)})`;

const row: CSSProperties = { display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' };
const mono: CSSProperties = { fontFamily: 'ui-monospace, monospace', fontSize: 12 };
const formTag: CSSProperties = { ...mono, fontWeight: 700, marginRight: 4 };

export default function NormalizationPanel() {
  const diagram = useDiagram();
  const selected = useUiStore((s) => s.selectedTableIds);
  const tables = selected.map((id) => diagram.tables.find((t) => t.id === id)).filter((t): t is Table => t !== undefined);
  if (tables.length === 0) return <Overview diagram={diagram} />;
  return (
    <div className="normalization-panel">
      <TableNormalization key={tables[0].id} diagram={diagram} table={tables[0]} />
      {tables.length > 1 ? <Overview diagram={{ ...diagram, tables: tables.slice(1) }} title="Also selected" /> : null}
    </div>
  );
}

function Overview({ diagram, title = 'Tables' }: { diagram: Diagram; title?: string }) {
  if (diagram.tables.length === 0) return <p className="hint">The diagram has no tables yet.</p>;
  return (
    <section aria-label="Normal forms of all tables">
      <h3>{title}</h3>
      <p className="hint">Select a table to see why, declare dependencies and decompose.</p>
      <ul className="plain-list">
        {diagram.tables.map((table) => {
          const analysis = analyzeTable(table);
          return (
            <li key={table.id} data-table-id={table.id} style={{ display: 'block' }}>
              <div style={row}>
                <button type="button" onClick={() => useUiStore.getState().select({ tableIds: [table.id] })} aria-label={`Show normalization of ${table.name}`}>
                  {table.name}
                </button>
                <NormalFormBadge form={analysis.normalForm} tableName={table.name} />
              </div>
              {analysis.violations[0] ? <div className="hint">{analysis.violations[0].message}</div> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type Preview = { base: Diagram; target: DecompositionTarget; plan: DecompositionPlan };

function TableNormalization({ diagram, table }: { diagram: Diagram; table: Table }) {
  const analysis = analyzeTable(table);
  const [preview, setPreview] = useState<Preview | undefined>();
  const showPreview = (target: DecompositionTarget) => setPreview({ base: diagram, target, plan: planDecomposition(diagram, table.id, target) });
  return (
    <div>
      <section aria-label={`Normalization of ${table.name}`}>
        <div style={{ ...row, marginBottom: 6 }}>
          <strong style={{ fontSize: 15 }}>{table.name}</strong>
          <NormalFormBadge form={analysis.normalForm} tableName={table.name} />
        </div>
        <div>
          Candidate {analysis.candidateKeys.length === 1 ? 'key' : 'keys'}:{' '}
          <span style={mono} aria-label="Candidate keys">
            {analysis.candidateKeys.map((k) => keyText(table, k)).join(' ')}
            {analysis.keysTruncated ? ' …' : ''}
          </span>
        </div>
      </section>
      <Violations table={table} analysis={analysis} onFix={showPreview} />
      <Decompose diagram={diagram} table={table} analysis={analysis} preview={preview} onPreview={showPreview} onClose={() => setPreview(undefined)} />
      <Declarations table={table} />
      <DependencyText table={table} />
      <Suggestions diagram={diagram} table={table} />
      <SampleRows table={table} />
      <section>
        <details>
          <summary>Minimal cover ({analysis.cover.length})</summary>
          <ul className="plain-list" aria-label="Minimal cover" style={mono}>
            {analysis.cover.map((d) => (
              <li key={d.text}>{d.text}</li>
            ))}
          </ul>
        </details>
      </section>
    </div>
  );
}

function Violations({ table, analysis, onFix }: { table: Table; analysis: TableAnalysis; onFix: (target: DecompositionTarget) => void }) {
  return (
    <section aria-label="Violations">
      <h3>Why</h3>
      {analysis.violations.length === 0 ? (
        <p className="hint">No violation: {table.name} is in 5NF under its keys and declared dependencies.</p>
      ) : (
        <ul className="plain-list">
          {analysis.violations.map((v, i) => (
            <li key={`${v.code}-${i}`} data-code={v.code} style={{ display: 'block' }}>
              <span style={formTag}>not {v.form}:</span>
              {v.message}
              {v.fix && i === 0 ? (
                <div>
                  <button type="button" aria-label={`Fix: ${v.fix.label}`} onClick={() => v.fix && onFix(v.fix.target)}>
                    Fix: {v.fix.label}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {analysis.notes.map((n, i) => (
        <p key={i} className="hint">
          {n.message}
        </p>
      ))}
    </section>
  );
}

const TARGETS: DecompositionTarget[] = ['1NF', '3NF', 'BCNF', '4NF'];

function Decompose({
  diagram,
  table,
  analysis,
  preview,
  onPreview,
  onClose,
}: {
  diagram: Diagram;
  table: Table;
  analysis: TableAnalysis;
  preview: Preview | undefined;
  onPreview: (target: DecompositionTarget) => void;
  onClose: () => void;
}) {
  // A preview is of one diagram; any edit makes it stale.
  const current = preview && preview.base === diagram ? preview : undefined;
  const hasMvds = (table.normalization?.dependencies ?? []).some((d) => d.kind === 'mvd');
  const offered = TARGETS.filter((t) => (t === '1NF' ? analysis.normalForm === 'none' : t === '4NF' ? hasMvds : true));
  const applyPlan = () => {
    if (!current || !current.plan.ok) return;
    const { base, target, plan } = current;
    apply(`Decompose ${table.name} to ${target}`, (d) => (d === base ? plan.diagram : decomposeTable(d, table.id, target)));
    onClose();
  };
  return (
    <section aria-label="Decompose">
      <h3>Decompose</h3>
      <div style={row}>
        {offered.map((target) => (
          <button
            key={target}
            type="button"
            disabled={compareForms(analysis.normalForm, target) >= 0}
            onClick={() => onPreview(target)}
          >
            Decompose to {target}
          </button>
        ))}
      </div>
      {current ? <DecompositionPreview plan={current.plan} target={current.target} onApply={applyPlan} onCancel={onClose} /> : null}
    </section>
  );
}

function DecompositionPreview({ plan, target, onApply, onCancel }: { plan: DecompositionPlan; target: DecompositionTarget; onApply: () => void; onCancel: () => void }) {
  if (!plan.ok) {
    return (
      <p className="hint" role="status">
        {plan.reason}
      </p>
    );
  }
  const originTag: Record<string, string> = { kept: '', moved: ' (moved)', added: ' (new key copy)' };
  return (
    <div aria-label={`Decomposition preview (${target})`} role="region" style={{ border: '1px solid #d0d7e2', borderRadius: 6, padding: 8, marginTop: 6 }}>
      <ul className="plain-list">
        {plan.tables.map((t) => (
          <li key={t.id} style={{ display: 'block', marginBottom: 6 }} data-planned-table={t.name}>
            <strong>{t.name}</strong> {t.isNew ? <em>new</em> : <em>kept</em>}
            <div style={mono}>
              {t.columns.map((c, i) => (
                <span key={c.id} data-origin={c.origin} style={{ fontWeight: t.primaryKey.includes(c.name) ? 700 : 400, color: c.origin === 'kept' ? undefined : '#2563eb' }}>
                  {i > 0 ? ', ' : ''}
                  {c.name}
                  {originTag[c.origin]}
                </span>
              ))}
            </div>
            {t.foreignKeys.map((fk, i) => (
              <div key={i} style={mono} className="hint">
                {fk.columns.join(', ')} → {fk.refTable}({fk.refColumns.join(', ')})
              </div>
            ))}
          </li>
        ))}
      </ul>
      {plan.lostDependencies.length > 0 ? (
        <p role="note">
          Not preserved (no single table can enforce it any more): <span style={mono}>{plan.lostDependencies.join('; ')}</span>
        </p>
      ) : (
        <p className="hint">Every dependency is preserved.</p>
      )}
      <p className="hint">{plan.lossless === true ? 'Lossless: joining the tables gives back exactly the original rows (checked with the chase).' : plan.lossless === false ? 'Warning: the chase could not show this split is lossless.' : 'The lossless check was too large to finish.'}</p>
      {plan.notes.map((n, i) => (
        <p key={i} className="hint">
          {n}
        </p>
      ))}
      <div style={row}>
        <button type="button" onClick={onApply}>
          Apply decomposition
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function ColumnChecks({ table, label, value, onChange }: { table: Table; label: string; value: Id[]; onChange: (ids: Id[]) => void }) {
  return (
    <fieldset className="column-picker" aria-label={label}>
      <legend>{label}</legend>
      {table.columns.map((c) => (
        <label key={c.id} className="check">
          <input type="checkbox" checked={value.includes(c.id)} onChange={(e) => onChange(e.target.checked ? [...value, c.id] : value.filter((id) => id !== c.id))} />
          {c.name}
        </label>
      ))}
    </fieldset>
  );
}

function Declarations({ table }: { table: Table }) {
  const declared = table.normalization;
  const [determinant, setDeterminant] = useState<Id[]>([]);
  const [dependent, setDependent] = useState<Id[]>([]);
  const [kind, setKind] = useState<'fd' | 'mvd'>('fd');
  const [multivalued, setMultivalued] = useState<Id>('');
  const canAdd = dependent.some((id) => !determinant.includes(id));
  const add = () => {
    apply(`Declare a dependency in ${table.name}`, (d) => addDependency(d, table.id, { kind, determinant, dependent }).diagram);
    setDeterminant([]);
    setDependent([]);
  };
  return (
    <section aria-label="Declared dependencies">
      <h3>Declared</h3>
      <ul className="plain-list">
        {(declared?.dependencies ?? []).map((d) => {
          const text = `${columnNames(table, d.determinant)} ${d.kind === 'fd' ? '->' : '->>'} ${columnNames(table, d.dependent)}`;
          return (
            <li key={d.id}>
              <span style={mono}>{text}</span>
              <button type="button" className="danger" aria-label={`Remove dependency ${text}`} onClick={() => apply(`Remove a dependency from ${table.name}`, (x) => removeDependency(x, table.id, d.id))}>
                ✕
              </button>
            </li>
          );
        })}
        {(declared?.multivaluedColumns ?? []).map((id) => (
          <li key={id}>
            <span style={mono}>multivalued {columnNames(table, [id])}</span>
            <button type="button" className="danger" aria-label={`${columnNames(table, [id])} is atomic`} onClick={() => apply(`Mark ${table.name}.${columnNames(table, [id])} atomic`, (x) => setMultivaluedColumn(x, table.id, id, false))}>
              ✕
            </button>
          </li>
        ))}
        {(declared?.repeatingGroups ?? []).map((g) => (
          <li key={g.id}>
            <span style={mono}>repeating {columnNames(table, g.columns)}</span>
            <button type="button" className="danger" aria-label={`Remove repeating group ${columnNames(table, g.columns)}`} onClick={() => apply(`Remove a repeating group from ${table.name}`, (x) => removeRepeatingGroup(x, table.id, g.id))}>
              ✕
            </button>
          </li>
        ))}
        {(declared?.joinDependencies ?? []).map((j) => (
          <li key={j.id}>
            <span style={mono}>join {j.components.map((c) => keyText(table, c)).join(', ')}</span>
            <button type="button" className="danger" aria-label="Remove join dependency" onClick={() => apply(`Remove a join dependency from ${table.name}`, (x) => removeJoinDependency(x, table.id, j.id))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      {!declared || (declared.dependencies.length === 0 && !declared.multivaluedColumns?.length && !declared.repeatingGroups?.length && !declared.joinDependencies?.length) ? (
        <p className="hint">Nothing declared: the verdict uses the keys alone.</p>
      ) : null}
      <details>
        <summary>Add a dependency</summary>
        <ColumnChecks table={table} label="Determinant (left side)" value={determinant} onChange={setDeterminant} />
        <label>
          Kind
          <select aria-label="Dependency kind" value={kind} onChange={(e) => setKind(e.target.value === 'mvd' ? 'mvd' : 'fd')}>
            <option value="fd">determines (-&gt;)</option>
            <option value="mvd">multi-determines (-&gt;&gt;)</option>
          </select>
        </label>
        <ColumnChecks table={table} label="Dependent (right side)" value={dependent} onChange={setDependent} />
        <button type="button" disabled={!canAdd} onClick={add}>
          Add dependency
        </button>
        <div style={{ ...row, marginTop: 8 }}>
          <select aria-label="Column holding lists" value={multivalued} onChange={(e) => setMultivalued(e.target.value)}>
            <option value="">Column holding lists…</option>
            {table.columns
              .filter((c) => !declared?.multivaluedColumns?.includes(c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
          <button
            type="button"
            disabled={multivalued === ''}
            onClick={() => {
              apply(`Mark ${table.name}.${columnNames(table, [multivalued])} multivalued`, (x) => setMultivaluedColumn(x, table.id, multivalued, true));
              setMultivalued('');
            }}
          >
            Mark multivalued
          </button>
        </div>
      </details>
    </section>
  );
}

/** The declarations as text, in the editor's syntax; applied as one step when valid. */
function DependencyText({ table }: { table: Table }) {
  const saved = declarationsToText(table);
  const [draft, setDraft] = useState(saved);
  const [dirty, setDirty] = useState(false);
  // Edits made elsewhere (the form, undo) show up here unless the user is typing.
  useEffect(() => {
    if (!dirty) setDraft(saved);
  }, [saved, dirty]);
  const parsed = useMemo(() => parseDeclarations(draft, table), [draft, table]);
  const commit = () => {
    if (!parsed.ok) return;
    apply(`Edit the dependencies of ${table.name}`, (d) => setDeclarations(d, table.id, parsed.declarations));
    setDirty(false);
  };
  return (
    <section aria-label="Dependency text">
      <h3>As text</h3>
      <Suspense fallback={<pre style={mono}>{draft}</pre>}>
        <CodeEditor
          value={draft}
          language={DEPENDENCY_LANGUAGE.id}
          customLanguage={DEPENDENCY_LANGUAGE}
          markers={parsed.markers}
          ariaLabel={`Dependencies of ${table.name}`}
          height={Math.min(260, Math.max(90, 18 * (draft.split('\n').length + 1) + 12))}
          onChange={(value) => {
            setDraft(value);
            setDirty(true);
          }}
        />
      </Suspense>
      {parsed.markers.length > 0 ? (
        <ul className="plain-list" aria-label="Problems in the dependency text" style={mono}>
          {parsed.markers.map((m, i) => (
            <li key={i} style={{ color: m.severity === 'error' ? '#b91c1c' : '#b45309' }}>
              line {m.line}, column {m.column}: {m.message}
            </li>
          ))}
        </ul>
      ) : null}
      <div style={row}>
        <button type="button" disabled={!dirty || !parsed.ok} onClick={commit}>
          Apply text
        </button>
        {dirty ? (
          <button
            type="button"
            onClick={() => {
              setDraft(saved);
              setDirty(false);
            }}
          >
            Revert
          </button>
        ) : null}
        <span className="hint">One per line: a, b -&gt; c · a -&gt;&gt; b · multivalued c · repeating p1, p2 · join (a, b), (b, c) · # comment</span>
      </div>
    </section>
  );
}

function SuggestionItem({ suggestion, dismissed }: { suggestion: NormalizationSuggestion; dismissed?: boolean }) {
  return (
    <li style={{ display: 'block', marginBottom: 6 }} data-suggestion-key={suggestion.key}>
      <div style={mono}>{suggestion.text}</div>
      <div className="hint">{suggestion.message}</div>
      <div style={row}>
        <button type="button" aria-label={`Accept ${suggestion.text}`} onClick={() => apply(`Accept suggestion ${suggestion.text}`, (d) => acceptSuggestion(d, suggestion))}>
          Accept
        </button>
        {dismissed ? (
          <button type="button" aria-label={`Restore ${suggestion.text}`} onClick={() => apply(`Restore suggestion ${suggestion.text}`, (d) => restoreSuggestion(d, suggestion.table, suggestion.key))}>
            Restore
          </button>
        ) : (
          <button type="button" aria-label={`Dismiss ${suggestion.text}`} onClick={() => apply(`Dismiss suggestion ${suggestion.text}`, (d) => dismissSuggestion(d, suggestion.table, suggestion.key))}>
            Dismiss
          </button>
        )}
      </div>
    </li>
  );
}

function Suggestions({ diagram, table }: { diagram: Diagram; table: Table }) {
  const all = allSuggestionsForTable(diagram, table);
  const open = all.filter((s) => !s.dismissed);
  const dismissed = all.filter((s) => s.dismissed);
  return (
    <section aria-label="Suggestions">
      <h3>Suggestions</h3>
      {open.length === 0 ? <p className="hint">No suggestions from names, references or column types.</p> : null}
      <ul className="plain-list">
        {open.map(({ suggestion }) => (
          <SuggestionItem key={suggestion.key} suggestion={suggestion} />
        ))}
      </ul>
      {dismissed.length > 0 ? (
        <details>
          <summary>Dismissed ({dismissed.length})</summary>
          <ul className="plain-list">
            {dismissed.map(({ suggestion }) => (
              <SuggestionItem key={suggestion.key} suggestion={suggestion} dismissed />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

const MAX_SAMPLE_ROWS = 20_000;
const MAX_MINING_MS = 10_000;

interface Mined {
  /** Table column ids in the order of the mined positions. */
  columnIds: Id[];
  result: MiningResult;
  ignoredHeaders: string[];
}

/** Paste or load CSV rows of the table; TANE in a worker finds the dependencies that hold in them. */
function SampleRows({ table }: { table: Table }) {
  const [csv, setCsv] = useState('');
  const [progress, setProgress] = useState<MiningProgress | undefined>();
  const [mined, setMined] = useState<Mined | undefined>();
  const [error, setError] = useState<string | undefined>();
  const worker = useRef<Worker | undefined>(undefined);
  useEffect(() => () => worker.current?.terminate(), []);

  const stop = () => {
    worker.current?.terminate();
    worker.current = undefined;
    setProgress(undefined);
  };
  const run = () => {
    stop();
    setError(undefined);
    setMined(undefined);
    const { header, rows, truncated } = parseCsv(csv, { maxRows: MAX_SAMPLE_ROWS });
    const byName = new Map(table.columns.map((c) => [c.name.toLowerCase(), c.id] as const));
    const matched = header.map((h, i) => ({ i, id: byName.get(h.toLowerCase()) })).filter((m): m is { i: number; id: Id } => m.id !== undefined);
    if (matched.length < 2) {
      setError(`The first line must name at least two columns of ${table.name} (${table.columns.map((c) => c.name).join(', ')}).`);
      return;
    }
    const ignoredHeaders = header.filter((h) => !byName.has(h.toLowerCase()));
    const projected = rows.map((r) => matched.map((m) => r[m.i] ?? ''));
    const columnIds = matched.map((m) => m.id);
    const w = new Worker(new URL('../workers/fd-mining.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setProgress({ level: 0, maxLevel: columnIds.length, found: 0, elapsedMs: 0 });
    w.onmessage = (event: MessageEvent<MiningResponse>) => {
      const message = event.data;
      if (message.kind === 'progress') setProgress(message.progress);
      else {
        stop();
        if (message.kind === 'error') setError(message.message);
        else setMined({ columnIds, result: message.result, ignoredHeaders: truncated ? [...ignoredHeaders, `(rows after ${MAX_SAMPLE_ROWS})`] : ignoredHeaders });
      }
    };
    const request: MiningRequest = { rows: projected, maxRows: MAX_SAMPLE_ROWS, maxMillis: MAX_MINING_MS, maxLhs: 4 };
    w.postMessage(request);
  };
  const suggestions = mined
    ? suggestionsFromMinedDependencies(
        table,
        mined.result.dependencies.filter((d) => d.determinant.length > 0).map((d) => ({ determinant: d.determinant.map((p) => mined.columnIds[p]), dependent: [mined.columnIds[d.dependent]] })),
        mined.result.rowsUsed,
      )
    : [];
  return (
    <section aria-label="Sample rows">
      <details>
        <summary>Find dependencies in sample rows</summary>
        <p className="hint">Paste CSV with a header line naming the columns, or load a file. Dependencies that hold in every row are offered as suggestions: a sample cannot prove them.</p>
        <textarea aria-label={`Sample rows of ${table.name} (CSV)`} value={csv} onChange={(e) => setCsv(e.target.value)} rows={5} style={{ ...mono, width: '100%' }} placeholder={table.columns.map((c) => c.name).join(',')} />
        <div style={row}>
          <input
            type="file"
            aria-label="Load sample rows from a CSV file"
            accept=".csv,.tsv,.txt,text/csv"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then(setCsv);
            }}
          />
          <button type="button" disabled={csv.trim() === '' || progress !== undefined} onClick={run}>
            Find dependencies
          </button>
          {progress ? (
            <>
              <progress max={progress.maxLevel} value={progress.level} aria-label="Mining progress" />
              <span className="hint">
                level {progress.level} of {progress.maxLevel}, {progress.found} found
              </span>
              <button type="button" onClick={stop}>
                Stop
              </button>
            </>
          ) : null}
        </div>
        {error ? <p style={{ color: '#b91c1c' }}>{error}</p> : null}
        {mined ? (
          <div aria-label="Mined dependencies">
            <p className="hint">
              {mined.result.rowsUsed} rows, {mined.result.dependencies.length} minimal dependencies in {Math.round(mined.result.elapsedMs)} ms
              {mined.result.complete ? '' : ` (stopped early: ${mined.result.stoppedBy === 'time' ? 'time limit' : 'left sides of more than 4 columns not searched'})`}
              {mined.ignoredHeaders.length > 0 ? `; ignored: ${mined.ignoredHeaders.join(', ')}` : ''}. {suggestions.length === 0 ? 'Nothing new beyond the keys and declarations.' : ''}
            </p>
            <ul className="plain-list">
              {suggestions.map((s) => (
                <SuggestionItem key={s.key} suggestion={s} />
              ))}
            </ul>
          </div>
        ) : null}
      </details>
    </section>
  );
}

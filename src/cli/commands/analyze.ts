import { readFile } from 'node:fs/promises';
import {
  analyzeDiagram,
  analyzeIndexes,
  indexFixText,
  loadWorkloadParser,
  isDialectName,
  type IndexFinding,
  type Verification,
  compareForms,
  NORMAL_FORMS,
  suggestionsForDiagram,
  type Diagram,
  type NormalForm,
  type NormalizationFinding,
  type TableAnalysis,
} from '../../core/index';
import type { CliCommand, CliIo } from '../command';
import { parseArgs } from '../command';
import { readDiagramFile } from '../read-document';
import { verifyWithPglite } from '../pglite-verify';

/** One analysis the `analyze` command runs; later issues add more (indexes, lint). */
interface Analysis {
  name: string;
  summary: string;
  /** Flags that take a value. */
  valueFlags: readonly string[];
  run(diagram: Diagram, options: ReadonlyMap<string, string | true>, io: CliIo): number | Promise<number>;
}

function columnNames(diagram: Diagram, tableId: string, ids: readonly string[]): string[] {
  const table = diagram.tables.find((t) => t.id === tableId);
  return ids.map((id) => table?.columns.find((c) => c.id === id)?.name ?? id);
}

function findingJson(diagram: Diagram, f: NormalizationFinding) {
  return {
    code: f.code,
    severity: f.severity,
    ...(f.form ? { normalForm: f.form } : {}),
    message: f.message,
    columns: columnNames(diagram, f.table, f.columns),
    ...(f.dependency ? { dependency: f.dependency.text } : {}),
    ...(f.fix ? { fix: f.fix.label } : {}),
  };
}

function isNormalForm(value: string): value is NormalForm {
  return (NORMAL_FORMS as readonly string[]).includes(value);
}

const normalization: Analysis = {
  name: 'normalization',
  summary: 'normal form of each table (none, 1NF ... 5NF), candidate keys, and why',
  valueFlags: ['fail-below'],
  run(diagram, options, io) {
    const analyses = analyzeDiagram(diagram);
    const suggestions = suggestionsForDiagram(diagram);
    const failBelow = options.get('fail-below');
    if (failBelow !== undefined && (failBelow === true || !isNormalForm(failBelow))) {
      io.stderr(`--fail-below takes one of ${NORMAL_FORMS.join(', ')}\n`);
      return 2;
    }
    if (options.has('json')) {
      const output = {
        tables: analyses.map((a) => ({
          table: a.tableName,
          normalForm: a.normalForm,
          candidateKeys: a.candidateKeys.map((k) => columnNames(diagram, a.table, k)),
          violations: a.violations.map((v) => findingJson(diagram, v)),
          ...(a.notes.length > 0 ? { notes: a.notes.map((n) => findingJson(diagram, n)) } : {}),
        })),
        suggestions: suggestions.map((s) => ({ table: s.tableName, source: s.source, kind: s.kind, suggestion: s.text, message: s.message, key: s.key })),
      };
      io.stdout(`${JSON.stringify(output)}\n`);
    } else {
      io.stdout(humanReport(diagram, analyses, suggestions.length));
      if (suggestions.length > 0) {
        io.stdout(`\nsuggestions (not part of the verdict until accepted):\n`);
        for (const s of suggestions) io.stdout(`  ${s.tableName}: ${s.text}\n      ${s.message}\n`);
      }
    }
    if (typeof failBelow === 'string' && isNormalForm(failBelow)) {
      return analyses.some((a) => compareForms(a.normalForm, failBelow) < 0) ? 1 : 0;
    }
    return 0;
  },
};

function humanReport(diagram: Diagram, analyses: readonly TableAnalysis[], suggestionCount: number): string {
  const width = Math.max(0, ...analyses.map((a) => a.tableName.length));
  const lines: string[] = [];
  for (const a of analyses) {
    const keys = a.candidateKeys.map((k) => `(${columnNames(diagram, a.table, k).join(', ')})`).join(' ');
    lines.push(`${a.tableName.padEnd(width)}  ${a.normalForm.padEnd(4)}  keys: ${keys}${a.keysTruncated ? ' ...' : ''}`);
    for (const v of a.violations) lines.push(`${' '.repeat(width)}  ✗ ${v.form}: ${v.message}`);
    for (const n of a.notes) lines.push(`${' '.repeat(width)}  note: ${n.message}`);
  }
  const below = analyses.filter((a) => compareForms(a.normalForm, '3NF') < 0).length;
  lines.push('', `${analyses.length} tables; ${below} below 3NF; ${suggestionCount} suggestion${suggestionCount === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

const indexes: Analysis = {
  name: 'indexes',
  summary: 'index suggestions from the schema and from --queries, optionally proven by the PostgreSQL planner (--verify)',
  valueFlags: ['queries', 'dialect'],
  async run(diagram, options, io) {
    const queriesPath = options.get('queries');
    const dialect = options.get('dialect') ?? 'postgres';
    if (queriesPath === true || dialect === true || !isDialectName(dialect)) {
      io.stderr(queriesPath === true ? '--queries takes a file of SQL statements\n' : '--dialect takes postgres or mysql\n');
      return 2;
    }
    let queries = diagram.workload?.queries ?? '';
    if (queriesPath !== undefined) {
      try {
        queries = await readFile(queriesPath, 'utf8');
      } catch (error) {
        io.stderr(`${queriesPath}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
        return 1;
      }
    }
    if (queries.trim()) await loadWorkloadParser();
    const findings = analyzeIndexes(diagram, { dialect, queries });
    const verifications = new Map<string, Verification>();
    const warnings: string[] = [];
    if (options.has('verify')) {
      if (dialect === 'mysql') warnings.push('--verify runs the PostgreSQL planner; MySQL suggestions stay unverified');
      else {
        const report = await verifyWithPglite(diagram, findings, queries, {
          onProgress: options.has('json') ? undefined : (p) => io.stderr(`[${p.done + 1}/${p.total}] ${p.label}\n`),
        });
        for (const v of report.verifications) verifications.set(v.key, v);
        warnings.push(...report.warnings);
      }
    }
    const suggestions = findings.filter((f) => f.fix);
    if (options.has('json')) {
      io.stdout(`${JSON.stringify({ suggestions: suggestions.map((f) => suggestionJson(diagram, f, verifications.get(f.key))) })}\n`);
    } else {
      io.stdout(indexReport(diagram, findings, verifications, options.has('verify') && dialect === 'postgres'));
    }
    for (const w of warnings) io.stderr(`warning: ${w}\n`);
    return 0;
  },
};

function suggestionJson(diagram: Diagram, f: IndexFinding, verification: Verification | undefined) {
  const fix = f.fix;
  return {
    action: fix?.action ?? 'create',
    table: f.tableName,
    columns: columnNames(diagram, f.table, fix?.columns ?? f.columns),
    include: columnNames(diagram, f.table, fix?.action === 'create' ? (fix.include ?? []) : []),
    unique: fix?.unique ?? false,
    method: fix?.method ?? 'btree',
    code: f.code,
    reason: f.message,
    verified: verification?.verified ?? false,
  };
}

function indexReport(diagram: Diagram, findings: readonly IndexFinding[], verifications: ReadonlyMap<string, Verification>, verified: boolean): string {
  const lines: string[] = [];
  const suggestions = findings.filter((f) => f.fix);
  const others = findings.filter((f) => !f.fix);
  for (const f of suggestions) {
    const fix = f.fix;
    if (!fix) continue;
    const what = indexFixText(diagram, fix);
    const v = verifications.get(f.key);
    lines.push(`${v?.verified ? '✓ verified' : verified ? '· unverified' : '·'} ${what}`, `    [${f.code}] ${f.message}`, `    rule: ${f.rule}`);
    if (v) {
      lines.push(`    planner: ${v.summary}`);
      const best = v.evidence.find((e) => e.usesIndex) ?? v.evidence[0];
      if (best) lines.push('    before:', ...indent(best.beforeText), '    after:', ...indent(best.afterText));
    }
  }
  if (others.length > 0) lines.push('', 'findings:');
  for (const f of others) {
    lines.push(`  [${f.code}] ${f.message}`);
    if (f.rewrite) lines.push(`      rewrite: ${f.rewrite}`);
  }
  lines.push('', `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}${verified ? ` (${[...verifications.values()].filter((v) => v.verified).length} verified by the PostgreSQL planner)` : ''}; ${others.length} other finding${others.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

const indent = (text: string) => text.split('\n').map((l) => `      ${l}`);

/** Every analysis, by subcommand name. Append new ones here. */
const ANALYSES: readonly Analysis[] = [normalization, indexes];

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: `run a design analysis on a diagram file (${ANALYSES.map((a) => a.name).join(', ')})`,
  usage: `erd analyze <${ANALYSES.map((a) => a.name).join('|')}> <file.json> [--json] [--fail-below <normal form>] [--queries <file.sql>] [--verify] [--dialect postgres|mysql]`,
  async run(args, io) {
    const [which, ...rest] = args;
    const analysis = ANALYSES.find((a) => a.name === which);
    if (!analysis) {
      io.stderr(`${which === undefined ? 'name an analysis' : `unknown analysis "${which}"`}: ${ANALYSES.map((a) => `${a.name} (${a.summary})`).join('; ')}\nusage: ${this.usage}\n`);
      return 2;
    }
    const { positional, options } = parseArgs(rest, analysis.valueFlags);
    if (positional.length !== 1) {
      io.stderr(`usage: ${this.usage}\n`);
      return 2;
    }
    const result = await readDiagramFile(positional[0]);
    if (!result.ok) {
      io.stderr(`${result.messages.join('\n')}\n`);
      return 1;
    }
    return analysis.run(result.diagram, options, io);
  },
};

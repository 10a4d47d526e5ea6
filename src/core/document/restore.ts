import type { Diagram } from '../model/types';
import { checkIntegrity } from './integrity';
import { MIGRATIONS } from './migrations/index';
import type { Migration } from './migrations/migration';
import { jsonSyntaxErrorOffset } from './json-syntax-error-offset';
import { formatPath, type DocumentProblem } from './problems';
import { CURRENT_VERSION, DOCUMENT_FORMAT, documentSchema } from './schema';

/** The largest document accepted. A 10,000-table diagram is about 20 MB; anything far beyond is a mistake or an attack. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
/** Deeper nesting than any valid document has; guards the walkers against stack exhaustion. */
const MAX_DEPTH = 64;

export interface DiagramDocument {
  format: typeof DOCUMENT_FORMAT;
  version: typeof CURRENT_VERSION;
  diagram: Diagram;
}

export type RestoreResult =
  | { ok: true; diagram: Diagram; migratedFrom?: number }
  | { ok: false; errors: DocumentProblem[] };

const fail = (path: string, message: string): RestoreResult => ({ ok: false, errors: [{ path, message }] });

/** Wraps a diagram in the current file envelope. */
export function toDocument(diagram: Diagram): DiagramDocument {
  return { format: DOCUMENT_FORMAT, version: CURRENT_VERSION, diagram };
}

export function serializeDocument(diagram: Diagram): string {
  return `${JSON.stringify(toDocument(diagram), null, 2)}\n`;
}

function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The one size check, for callers that know a file's size before reading it. */
export function checkDocumentSize(bytes: number): DocumentProblem | undefined {
  if (bytes <= MAX_DOCUMENT_BYTES) return undefined;
  return { path: '(file)', message: `the file is ${formatBytes(bytes)}; diagram files are limited to ${formatBytes(MAX_DOCUMENT_BYTES)}` };
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeJsonError(text: string, error: unknown): DocumentProblem {
  const message = error instanceof Error ? error.message : String(error);
  const lineMatch = /line (\d+) column (\d+)/.exec(message);
  const positionMatch = /position (\d+)/.exec(message);
  let where = '';
  if (lineMatch) where = `line ${lineMatch[1]}, column ${lineMatch[2]}`;
  else {
    // The engine's position when it gives one; otherwise find the place ourselves.
    const offset = positionMatch ? Number(positionMatch[1]) : (jsonSyntaxErrorOffset(text) ?? text.length);
    const { line, column } = lineColumn(text, offset);
    where = `line ${line}, column ${column}${offset >= text.length ? ' (the file ends too early)' : ''}`;
  }
  const reason = message
    .replace(/^JSON\.parse: /, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    // V8 quotes a snippet of the text ('Unexpected token 'x', "{"a": x}" is not valid JSON'): noise once the place is given.
    .replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
    .replace(/ at position \d+$/, '')
    .replace(/ in JSON$/, '');
  return { path: '(file)', message: `not valid JSON at ${where}: ${reason}` };
}

/**
 * Finds keys that could alter object prototypes when the data is spread or merged later, and
 * nesting deeper than any real document. Iterative, so hostile depth cannot overflow the stack.
 */
function findHostileStructure(value: unknown): DocumentProblem | undefined {
  // Each visited container records its parent and key; a path is built only for a problem, so
  // the walk over a 10,000-table document allocates one small record per object and no arrays.
  interface Visit {
    value: unknown;
    parent: Visit | undefined;
    key: PropertyKey;
    depth: number;
  }
  const pathOf = (visit: Visit | undefined, last?: PropertyKey): PropertyKey[] => {
    const path: PropertyKey[] = last === undefined ? [] : [last];
    for (let v = visit; v && v.parent; v = v.parent) path.unshift(v.key);
    return path;
  };
  const stack: Visit[] = [{ value, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const current = visit.value;
    if (current === null || typeof current !== 'object') continue;
    if (visit.depth > MAX_DEPTH) return { path: formatPath(pathOf(visit).slice(0, 8)) + '…', message: `nested more than ${MAX_DEPTH} levels deep` };
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) {
        const item: unknown = current[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, parent: visit, key: i, depth: visit.depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(current)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
        return { path: formatPath(pathOf(visit, key)), message: `the key "${key}" is not allowed in a diagram file` };
      }
      const item = (current as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, parent: visit, key, depth: visit.depth + 1 });
    }
  }
  return undefined;
}

/** Applies the migrations from the document's version up to the current one. */
export function migrateDocument(
  document: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  currentVersion: number = CURRENT_VERSION,
): { document: Record<string, unknown>; from: number } | DocumentProblem {
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { path: 'version', message: `expected a positive whole number, got ${JSON.stringify(version) ?? 'nothing'}` };
  }
  if (version > currentVersion) {
    return { path: 'version', message: `the file is format version ${version}, written by a newer release; this one reads versions 1 to ${currentVersion}` };
  }
  let migrated = document;
  for (let v = version; v < currentVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { path: 'version', message: `no migration from format version ${v} to ${v + 1}` };
    migrated = { ...step.migrate(migrated), version: v + 1 };
  }
  return { document: migrated, from: version };
}

/**
 * Loads any diagram document: a file, an IndexedDB record or a CLI argument all come through here.
 * It migrates older versions, fills defaults, and checks structure and references. Expected
 * failures are returned as problems with a path, never thrown, and nothing is half-loaded.
 */
export function restore(value: unknown): RestoreResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('(document)', 'not a diagram file: expected a JSON object with "format", "version" and "diagram"');
  }
  const hostile = findHostileStructure(value);
  if (hostile) return { ok: false, errors: [hostile] };

  const record = value as Record<string, unknown>;
  if (record.format !== DOCUMENT_FORMAT) {
    const got = record.format === undefined ? 'has no "format" field' : `has format ${JSON.stringify(record.format)}`;
    return fail('format', `not an ERD Modeler diagram: the file ${got}, expected "${DOCUMENT_FORMAT}"`);
  }
  const migrated = migrateDocument(record);
  if ('path' in migrated) return { ok: false, errors: [migrated] };

  const parsed = documentSchema.safeParse(migrated.document);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const diagram: Diagram = parsed.data.diagram;
  const problems = checkIntegrity(diagram);
  if (problems.length > 0) return { ok: false, errors: problems };
  return migrated.from === CURRENT_VERSION ? { ok: true, diagram } : { ok: true, diagram, migratedFrom: migrated.from };
}

/** restore() for text: checks the size, then parses JSON with line and column on syntax errors. */
export function restoreFromText(rawText: string): RestoreResult {
  // UTF-16 length is a lower bound on the UTF-8 size; close enough for a limit meant to stop abuse.
  const tooBig = checkDocumentSize(rawText.length);
  if (tooBig) return { ok: false, errors: [tooBig] };
  // Editors on Windows may start a UTF-8 file with a byte-order mark; browsers drop it when decoding, Node's readFile does not.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.trim() === '') return fail('(file)', 'the file is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [describeJsonError(text, error)] };
  }
  return restore(value);
}

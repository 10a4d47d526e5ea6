import type { Statement } from 'pgsql-ast-parser';

/**
 * pgsql-ast-parser loads on first use, not with the core: the app's main bundle imports the core,
 * and the parser (a few hundred kB) is only needed once someone writes queries. Callers await
 * loadWorkloadParser() once; the analysis itself stays synchronous and pure.
 */
type Parse = (sql: string) => Statement[];

let parse: Parse | undefined;

export async function loadWorkloadParser(): Promise<void> {
  if (parse) return;
  const mod: unknown = await import('pgsql-ast-parser');
  parse = parseOf(mod) ?? parseOf((mod as { default?: unknown }).default);
  if (!parse) throw new Error('pgsql-ast-parser did not load');
}

export function workloadParserLoaded(): boolean {
  return parse !== undefined;
}

/** Only after loadWorkloadParser() resolved; before, it throws and each query reports it. */
export function parseStatements(sql: string): Statement[] {
  if (!parse) throw new Error('the query parser is not loaded yet');
  return parse(sql);
}

function parseOf(mod: unknown): Parse | undefined {
  if (typeof mod !== 'object' || mod === null || !('parse' in mod)) return undefined;
  const candidate = (mod as { parse: unknown }).parse;
  return typeof candidate === 'function' ? (sql: string) => (candidate as Parse)(sql) : undefined;
}

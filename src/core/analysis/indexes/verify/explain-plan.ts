/** One node of PostgreSQL's EXPLAIN (FORMAT JSON) output, reduced to what verification reads. */
export interface PlanNode {
  nodeType: string;
  relation?: string;
  indexName?: string;
  startupCost: number;
  totalCost: number;
  rows: number;
  children: PlanNode[];
}

/** Reads EXPLAIN (FORMAT JSON)'s result: `[{ "Plan": {...} }]`, as an object or as text. */
export function readExplain(raw: unknown): PlanNode | undefined {
  const value = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  const first = Array.isArray(value) ? (value[0] as unknown) : undefined;
  const plan = isRecord(first) ? first['Plan'] : undefined;
  return isRecord(plan) ? toNode(plan) : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toNode(p: Record<string, unknown>): PlanNode {
  const num = (k: string) => (typeof p[k] === 'number' ? (p[k] as number) : 0);
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : undefined);
  const plans = Array.isArray(p['Plans']) ? (p['Plans'] as unknown[]).filter(isRecord).map(toNode) : [];
  const relation = str('Relation Name');
  const indexName = str('Index Name');
  return { nodeType: str('Node Type') ?? '?', ...(relation ? { relation } : {}), ...(indexName ? { indexName } : {}), startupCost: num('Startup Cost'), totalCost: num('Total Cost'), rows: num('Plan Rows'), children: plans };
}

export function planNodes(node: PlanNode): PlanNode[] {
  return [node, ...node.children.flatMap(planNodes)];
}

export function usesIndex(node: PlanNode, indexName: string): boolean {
  return planNodes(node).some((n) => n.indexName?.toLowerCase() === indexName.toLowerCase());
}

/** The plan as EXPLAIN's text format would show it, indented: what the panel and CLI print. */
export function planText(node: PlanNode, depth = 0): string {
  const on = node.indexName ? ` using ${node.indexName}${node.relation ? ` on ${node.relation}` : ''}` : node.relation ? ` on ${node.relation}` : '';
  const line = `${depth > 0 ? `${'  '.repeat(depth - 1)}->  ` : ''}${node.nodeType}${on}  (cost=${node.startupCost.toFixed(2)}..${node.totalCost.toFixed(2)} rows=${node.rows})`;
  return [line, ...node.children.map((c) => planText(c, depth + 1))].join('\n');
}

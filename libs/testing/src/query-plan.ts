import type { Client } from 'pg';

/** One node of PostgreSQL's plan (EXPLAIN FORMAT JSON), with what the tests read. */
export interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Every node of the plan PostgreSQL picks for `sql` with `values`, top first (EXPLAIN without running it). */
export async function planNodes(client: Pick<Client, 'query'>, sql: string, values: readonly unknown[] = []): Promise<PlanNode[]> {
  const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${sql}`, [...values]);
  const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];
  const plan = rows[0]?.['QUERY PLAN'][0]?.Plan;
  if (!plan) throw new Error(`EXPLAIN returned no plan for: ${sql}`);
  return flatten(plan);
}

/**
 * Where a plan's rows come from and what it sorts: the indexes it scans and its sort nodes.
 * A claim of the next batch (ORDER BY … LIMIT … FOR UPDATE SKIP LOCKED) should scan one index
 * in the claim's order and sort nothing: a sort under the row locks reads and sorts every
 * candidate row for each batch.
 */
export function scansAndSorts(nodes: readonly PlanNode[]): { indexScans: string[]; sorts: string[] } {
  return {
    indexScans: nodes.flatMap((node) => (/Index/.test(node['Node Type']) && node['Index Name'] ? [node['Index Name']] : [])),
    sorts: nodes.filter((node) => /Sort/.test(node['Node Type'])).map((node) => node['Node Type']),
  };
}

/**
 * Claims one batch with `claim` and marks it done with `mark` (given the ids taken as $1) in
 * one transaction, as the loops that hand work on do; returns the ids in the claim's order.
 */
export async function claimAndMark(client: Pick<Client, 'query'>, claim: string, values: readonly unknown[], mark: string): Promise<string[]> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ id: string }>(claim, [...values]);
    await client.query(mark, [rows.map((row) => row.id)]);
    await client.query('COMMIT');
    return rows.map((row) => row.id);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

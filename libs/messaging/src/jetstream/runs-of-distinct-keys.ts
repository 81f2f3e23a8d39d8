/**
 * For a batch handler (`@OnEvents(types, { batches: true })`): splits items, in order, into
 * consecutive runs in which no key comes twice. The items of one run can be decided from
 * the rows as they stand before it and written together (one lock, one multi-row write);
 * a key's later item must see what its earlier one wrote, so it starts a new run. Keys are
 * compared without case (ids are UUIDs, written either way).
 */
export function runsOfDistinctKeys<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let keys = new Set<string>();
  for (const item of items) {
    const key = keyOf(item).toLowerCase();
    if (keys.has(key)) {
      runs.push(run);
      run = [];
      keys = new Set();
    }
    run.push(item);
    keys.add(key);
  }
  if (run.length) runs.push(run);
  return runs;
}

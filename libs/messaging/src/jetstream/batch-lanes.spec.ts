import { BatchLanes, laneOf } from './batch-lanes';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('BatchLanes', () => {
  it('hands each key its items in arrival order, in batches of what is waiting', async () => {
    const batches: Array<Array<{ key: string; n: number }>> = [];
    let release!: () => void;
    let first = true;
    const lanes = new BatchLanes<{ key: string; n: number }>(1, 3, async (batch) => {
      batches.push(batch);
      if (first) {
        first = false;
        await new Promise<void>((resolve) => (release = resolve));
      }
    });
    lanes.push('a', { key: 'a', n: 1 });
    // The first batch is being handled: the next items wait and come as batches of up to 3.
    for (let n = 2; n <= 6; n++) lanes.push(n % 2 ? 'a' : 'b', { key: n % 2 ? 'a' : 'b', n });
    release();
    await lanes.idle();
    expect(batches.map((batch) => batch.map((item) => item.n))).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('keeps a key on one lane and runs lanes concurrently', async () => {
    const running = new Set<number>();
    let overlap = 0;
    const lanes = new BatchLanes<string>(4, 2, async (batch) => {
      const lane = laneOf(batch[0]!, 4);
      expect(batch.every((key) => laneOf(key, 4) === lane)).toBe(true);
      running.add(lane);
      overlap = Math.max(overlap, running.size);
      await tick();
      running.delete(lane);
    });
    const keys = Array.from({ length: 40 }, (_, i) => `aggregate-${i}`);
    for (const key of keys) lanes.push(key, key);
    await lanes.idle();
    expect(overlap).toBeGreaterThan(1);
    expect(new Set(keys.map((key) => laneOf(key, 4))).size).toBeGreaterThan(1);
  });

  it('lists the items it holds, being handled or waiting for their lane, until each batch is done', async () => {
    let release!: () => void;
    const lanes = new BatchLanes<number>(1, 2, () => new Promise<void>((resolve) => (release = resolve)));
    const held = () => {
      const items: number[] = [];
      lanes.forEachHeld((n) => items.push(n));
      return items;
    };
    for (const n of [0, 1, 2]) lanes.push('k', n);
    // 0 is being handled, 1 and 2 wait.
    expect(held()).toEqual([0, 1, 2]);
    release();
    await tick();
    // The first batch is done: the second, [1, 2], is being handled.
    expect(held()).toEqual([1, 2]);
    expect(lanes.pending).toBe(0);
    release();
    await lanes.idle();
    expect(held()).toEqual([]);
  });
});

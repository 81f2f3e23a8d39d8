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
    await lanes.push('a', { key: 'a', n: 1 });
    // The first batch is being handled: the next items wait and come as batches of up to 3.
    for (let n = 2; n <= 6; n++) await lanes.push(n % 2 ? 'a' : 'b', { key: n % 2 ? 'a' : 'b', n });
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
    for (const key of keys) await lanes.push(key, key);
    await lanes.idle();
    expect(overlap).toBeGreaterThan(1);
    expect(new Set(keys.map((key) => laneOf(key, 4))).size).toBeGreaterThan(1);
  });

  it('makes the producer wait while a lane already holds two batches', async () => {
    let release!: () => void;
    const lanes = new BatchLanes<number>(1, 2, () => new Promise<void>((resolve) => (release = resolve)));
    await lanes.push('k', 0); // taken at once: being handled
    for (const n of [1, 2, 3, 4]) await lanes.push('k', n); // two batches' worth waiting
    let pushed = false;
    const blocked = lanes.push('k', 5).then(() => (pushed = true));
    await tick();
    expect(pushed).toBe(false);
    expect(lanes.pending).toBe(4);
    release(); // the first batch done: the next (1, 2) is taken, which frees room
    await blocked;
    expect(pushed).toBe(true);
    for (let i = 0; i < 3; i++) {
      await tick();
      release();
    }
    await lanes.idle();
    expect(lanes.pending).toBe(0);
  });
});

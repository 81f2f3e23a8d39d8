import { CallBatcher } from './call-batcher';

describe('CallBatcher', () => {
  it('writes what concurrent callers give in one flush and answers each its own', async () => {
    const flushes: number[][] = [];
    const batcher = new CallBatcher<number, string>(async (items) => {
      flushes.push(items);
      return items.map((item) => `done ${item}`);
    });
    const answers = await Promise.all([1, 2, 3].map((item) => batcher.call(item)));
    expect(answers).toEqual(['done 1', 'done 2', 'done 3']);
    expect(flushes).toEqual([[1, 2, 3]]);
  });

  it('caps a flush at maxItems and flushes one batch at a time, the next with what arrived meanwhile', async () => {
    const flushes: number[][] = [];
    let running = 0;
    let overlapping = false;
    const batcher = new CallBatcher<number, number>(async (items) => {
      running++;
      overlapping ||= running > 1;
      flushes.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return items;
    }, 2);
    const answers = await Promise.all([1, 2, 3, 4, 5].map((item) => batcher.call(item)));
    expect(answers).toEqual([1, 2, 3, 4, 5]);
    expect(flushes).toEqual([[1, 2], [3, 4], [5]]);
    expect(overlapping).toBe(false);
  });

  it('gathers writes that arrive one by one while a flush runs into the next flush, not one flush each', async () => {
    const flushes: number[][] = [];
    const batcher = new CallBatcher<number, number>(async (items) => {
      flushes.push(items);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return items;
    });
    const answers: Array<Promise<number>> = [batcher.call(1)];
    // Each on a turn of its own, as deliveries finishing at different moments do.
    for (const item of [2, 3, 4, 5]) {
      await new Promise((resolve) => setImmediate(resolve));
      answers.push(batcher.call(item));
    }
    expect(await Promise.all(answers)).toEqual([1, 2, 3, 4, 5]);
    expect(flushes).toEqual([[1], [2, 3, 4, 5]]);
  });

  it('fails every caller of a failed flush, and the next flush still runs', async () => {
    let fail = true;
    const batcher = new CallBatcher<string, string>(async (items) => {
      if (fail) throw new Error('database down');
      return items;
    });
    const failed = await Promise.allSettled([batcher.call('a'), batcher.call('b')]);
    expect(failed.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(batcher.call('c')).resolves.toBe('c');
  });
});

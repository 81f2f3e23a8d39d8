import { PollingLoop, type PollingLoopOptions, type TickResult } from './polling-loop';

describe(PollingLoop.name, () => {
  let sut: PollingLoop | undefined;
  const warnings: string[] = [];
  const loop = (tick: PollingLoopOptions['tick'], options: Partial<PollingLoopOptions> = {}) => {
    sut = new PollingLoop({ name: 'test loop', tick, intervalMs: 1_000, logger: { warn: (message) => warnings.push(message) }, ...options });
    sut.start();
    return sut;
  };

  beforeEach(() => {
    jest.useFakeTimers();
    warnings.length = 0;
  });

  afterEach(async () => {
    const stopping = sut?.stop();
    await jest.runOnlyPendingTimersAsync();
    await stopping;
    sut = undefined;
    jest.useRealTimers();
  });

  it('ticks at once on start, then once per interval', async () => {
    const tick = jest.fn(async () => undefined);
    loop(tick);
    await jest.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(999);
    expect(tick).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(tick).toHaveBeenCalledTimes(2);
  });

  it('waits before the first tick when told to', async () => {
    const tick = jest.fn(async () => undefined);
    loop(tick, { firstTickAfterMs: 5_000 });
    await jest.advanceTimersByTimeAsync(4_999);
    expect(tick).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(1);
    expect(tick).toHaveBeenCalledTimes(1);
  });

  // A linger is for wake-ups: a tick that found more work goes on at once all the same.
  it.each([0, 30])('ticks again at once while a tick reports more work (linger %i ms)', async (lingerMs) => {
    let batches = 3;
    const tick = jest.fn(async (): Promise<TickResult> => (--batches > 0 ? 'more' : 'idle'));
    loop(tick, { lingerMs });
    await jest.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(3);
  });

  it('ends its sleep on a wake-up, and remembers one that arrives during a tick', async () => {
    let wakeDuringTick = false;
    const tick = jest.fn(async () => {
      if (wakeDuringTick) running.wake();
      wakeDuringTick = false;
    });
    const running = loop(tick);
    await jest.advanceTimersByTimeAsync(0);
    running.wake();
    await jest.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(2);
    wakeDuringTick = true;
    running.wake();
    await jest.advanceTimersByTimeAsync(0);
    // The wake-up requested inside the third tick skips the sleep after it: a fourth tick at once.
    expect(tick).toHaveBeenCalledTimes(4);
    await jest.advanceTimersByTimeAsync(999);
    expect(tick).toHaveBeenCalledTimes(4);
  });

  it('lingers after a wake-up, so the wake-ups of that stretch are served by one tick', async () => {
    const tick = jest.fn(async () => undefined);
    const running = loop(tick, { lingerMs: 30 });
    await jest.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(1);
    running.wake();
    await jest.advanceTimersByTimeAsync(10);
    running.wake();
    await jest.advanceTimersByTimeAsync(10);
    running.wake();
    await jest.advanceTimersByTimeAsync(9);
    expect(tick).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    // Three wake-ups within the linger: one tick, 30 ms after the first.
    expect(tick).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(1_029);
    expect(tick).toHaveBeenCalledTimes(2);
    // The interval's tick lingers too.
    await jest.advanceTimersByTimeAsync(1);
    expect(tick).toHaveBeenCalledTimes(3);
  });

  it('logs a failing tick and retries it with growing delays up to the limit, then goes back to the interval', async () => {
    let failures = 3;
    const tick = jest.fn(async () => {
      if (failures-- > 0) throw new Error('database down');
    });
    loop(tick, { intervalMs: 100, maxBackoffMs: 300 });
    await jest.advanceTimersByTimeAsync(0);
    expect(warnings).toEqual(['test loop failed (retrying in 200 ms): Error: database down']);
    await jest.advanceTimersByTimeAsync(200);
    await jest.advanceTimersByTimeAsync(300);
    expect(tick).toHaveBeenCalledTimes(3);
    expect(warnings).toHaveLength(3);
    expect(warnings[2]).toContain('retrying in 300 ms');
    await jest.advanceTimersByTimeAsync(300);
    expect(tick).toHaveBeenCalledTimes(4); // succeeded
    await jest.advanceTimersByTimeAsync(100);
    expect(tick).toHaveBeenCalledTimes(5);
  });

  it('backs off without a log line when a tick asks to retry', async () => {
    const tick = jest.fn(async (): Promise<TickResult> => 'retry');
    loop(tick, { intervalMs: 100, maxBackoffMs: 1_000 });
    await jest.advanceTimersByTimeAsync(0);
    await jest.advanceTimersByTimeAsync(199);
    expect(tick).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(warnings).toEqual([]);
  });

  it('tells the tick in progress that the loop is stopping', async () => {
    let seen: AbortSignal | undefined;
    let finish: () => void = () => undefined;
    const running = loop((stopping) => {
      seen = stopping;
      return new Promise<void>((resolve) => (finish = resolve));
    });
    await jest.advanceTimersByTimeAsync(0);
    expect(seen?.aborted).toBe(false);
    const stopping = running.stop();
    expect(seen?.aborted).toBe(true);
    finish();
    await stopping;
  });

  it('stops after the tick in progress, and ticks no more', async () => {
    let finish: () => void = () => undefined;
    const tick = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const running = loop(tick);
    await jest.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = running.stop().then(() => (stopped = true));
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    await jest.advanceTimersByTimeAsync(10_000);
    expect(tick).toHaveBeenCalledTimes(1);
  });
});

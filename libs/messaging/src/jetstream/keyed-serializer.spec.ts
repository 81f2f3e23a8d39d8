import { KeyedSerializer } from './keyed-serializer';

/** A task that runs until the test lets it finish (or fail). */
function controllable(log: string[], name: string) {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const task = () => {
    log.push(`start ${name}`);
    return new Promise<void>((resolve, reject) => {
      finish = () => {
        log.push(`end ${name}`);
        resolve();
      };
      fail = reject;
    });
  };
  return { task, finish: () => finish(), fail: (error: Error) => fail(error) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe(KeyedSerializer.name, () => {
  let sut: KeyedSerializer;
  let log: string[];

  beforeEach(() => {
    sut = new KeyedSerializer();
    log = [];
  });

  it('runs the tasks of one key one at a time, in arrival order', async () => {
    const a = controllable(log, 'a');
    const b = controllable(log, 'b');
    const c = controllable(log, 'c');
    const done = [sut.run('p-1', a.task), sut.run('p-1', b.task), sut.run('p-1', c.task)];
    await settle();
    expect(log).toEqual(['start a']);

    a.finish();
    await settle();
    expect(log).toEqual(['start a', 'end a', 'start b']);

    b.finish();
    await settle();
    c.finish();
    await Promise.all(done);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs tasks of different keys at the same time', async () => {
    const a = controllable(log, 'a');
    const b = controllable(log, 'b');
    const done = [sut.run('p-1', a.task), sut.run('p-2', b.task)];
    await settle();

    expect(log).toEqual(['start a', 'start b']);
    expect(sut.activeKeys).toBe(2);

    b.finish();
    a.finish();
    await Promise.all(done);
    expect(log).toEqual(['start a', 'start b', 'end b', 'end a']);
  });

  it('runs the next task of a key after one fails, and reports the failure to its caller', async () => {
    const a = controllable(log, 'a');
    const b = controllable(log, 'b');
    const first = sut.run('p-1', a.task);
    const second = sut.run('p-1', b.task);
    await settle();

    a.fail(new Error('handler failed'));
    await expect(first).rejects.toThrow('handler failed');
    await settle();
    expect(log).toEqual(['start a', 'start b']);

    b.finish();
    await expect(second).resolves.toBeUndefined();
  });

  it('forgets a key once its last task is done', async () => {
    const a = controllable(log, 'a');
    const done = sut.run('p-1', a.task);
    await settle();
    expect(sut.activeKeys).toBe(1);

    a.finish();
    await done;
    await settle();
    expect(sut.activeKeys).toBe(0);
  });

  it('keeps a key while a later task of it is still queued', async () => {
    const a = controllable(log, 'a');
    const b = controllable(log, 'b');
    const first = sut.run('p-1', a.task);
    void sut.run('p-1', b.task);
    await settle();

    a.finish();
    await first;
    await settle();
    expect(sut.activeKeys).toBe(1);
    expect(log).toEqual(['start a', 'end a', 'start b']);

    b.finish();
    await settle();
    expect(sut.activeKeys).toBe(0);
  });
});

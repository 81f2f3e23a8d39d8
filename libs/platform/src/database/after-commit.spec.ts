import { afterCommit, withAfterCommit } from './after-commit';

/** Stands for a Prisma client: an interactive transaction commits when `fn` resolves. */
class FakeClient {
  readonly log: string[] = [];

  $transaction<R>(fn: (tx: object) => Promise<R>, options?: { maxWait?: number }): Promise<R>;
  $transaction<T>(batch: Array<Promise<T>>): Promise<T[]>;
  async $transaction(arg: unknown, options?: { maxWait?: number }): Promise<unknown> {
    if (Array.isArray(arg)) return Promise.all(arg);
    const tx = { id: Symbol('tx') };
    this.log.push(`begin ${options?.maxWait ?? ''}`.trim());
    try {
      const result = await (arg as (tx: object) => Promise<unknown>)(tx);
      this.log.push('commit');
      return result;
    } catch (error) {
      this.log.push('rollback');
      throw error;
    }
  }

  ping(): string {
    return `pong from ${this.constructor.name}`;
  }
}

describe(withAfterCommit.name, () => {
  it('runs the hooks registered on tx once the transaction committed, in order', async () => {
    const client = withAfterCommit(new FakeClient());

    const result = await client.$transaction(async (tx) => {
      expect(afterCommit(tx, () => client.log.push('hook 1'))).toBe(true);
      afterCommit(tx, () => client.log.push('hook 2'));
      client.log.push('work');
      return 42;
    });

    expect(result).toBe(42);
    expect(client.log).toEqual(['begin', 'work', 'commit', 'hook 1', 'hook 2']);
  });

  it('runs none when the transaction rolls back', async () => {
    const client = withAfterCommit(new FakeClient());

    await expect(
      client.$transaction(async (tx) => {
        afterCommit(tx, () => client.log.push('hook'));
        throw new Error('no');
      }),
    ).rejects.toThrow('no');

    expect(client.log).toEqual(['begin', 'rollback']);
  });

  it('passes the options on, batches through untouched, and every other member bound to the client', async () => {
    const client = withAfterCommit(new FakeClient());

    await client.$transaction(async () => undefined, { maxWait: 10_000 });
    expect(await client.$transaction([Promise.resolve(1), Promise.resolve(2)])).toEqual([1, 2]);
    const { ping } = client;

    expect(client.log).toEqual(['begin 10000', 'commit']);
    expect(ping()).toBe('pong from FakeClient');
  });

  it('a failing hook does not fail the committed transaction, nor stop the next hook', async () => {
    const client = withAfterCommit(new FakeClient());

    await expect(
      client.$transaction(async (tx) => {
        afterCommit(tx, () => {
          throw new Error('hook failed');
        });
        afterCommit(tx, () => client.log.push('next hook'));
        return 'done';
      }),
    ).resolves.toBe('done');
    expect(client.log).toEqual(['begin', 'commit', 'next hook']);
  });
});

describe(afterCommit.name, () => {
  it('is refused outside a wrapped client\'s transaction: the caller must make other arrangements', async () => {
    const bare = new FakeClient();
    let registered: boolean | undefined;

    await bare.$transaction(async (tx: object) => {
      registered = afterCommit(tx, () => bare.log.push('hook'));
    });

    expect(registered).toBe(false);
    expect(afterCommit({}, () => undefined)).toBe(false);
    expect(bare.log).toEqual(['begin', 'commit']);
  });
});

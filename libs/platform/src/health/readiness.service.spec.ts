import { ReadinessService } from './readiness.service';

describe(ReadinessService.name, () => {
  let sut: ReadinessService;

  beforeEach(() => {
    sut = new ReadinessService('exchanges');
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('is ready when every dependency is up', async () => {
    sut.register('database', async () => ({ status: 'up' }));
    sut.register('nats', async () => ({ status: 'up' }));

    expect(await sut.report()).toEqual({
      service: 'exchanges',
      status: 'ready',
      dependencies: { database: { status: 'up' }, nats: { status: 'up' } },
    });
  });

  it('is not ready while one dependency is down', async () => {
    sut.register('database', async () => ({ status: 'up' }));
    sut.register('nats', async () => ({ status: 'down', message: 'not connected to NATS' }));

    const report = await sut.report();

    expect(report.status).toBe('not-ready');
    expect(report.dependencies['nats']).toEqual({ status: 'down', message: 'not connected to NATS' });
  });

  it('reports a check that throws as down, with its message', async () => {
    sut.register('database', async () => {
      throw new Error('connection refused');
    });

    expect(await sut.report()).toMatchObject({
      status: 'not-ready',
      dependencies: { database: { status: 'down', message: 'connection refused' } },
    });
  });

  it('reports a check that never answers as down after its timeout', async () => {
    jest.useFakeTimers();
    sut.register('redis', () => new Promise(() => undefined));
    sut.register('nats', async () => ({ status: 'up' }));

    const pending = sut.report();
    await jest.advanceTimersByTimeAsync(2_000);

    expect(await pending).toEqual({
      service: 'exchanges',
      status: 'not-ready',
      dependencies: { redis: { status: 'down', message: 'no answer within 2000 ms' }, nats: { status: 'up' } },
    });
  });

  it('waits for a slow check that answers within the timeout', async () => {
    jest.useFakeTimers();
    sut.register('database', () => new Promise((resolve) => setTimeout(() => resolve({ status: 'up' }), 1_900)));

    const pending = sut.report();
    await jest.advanceTimersByTimeAsync(1_900);

    expect((await pending).status).toBe('ready');
  });

  it('stops being ready, and alive, once shutdown begins', async () => {
    sut.register('database', async () => ({ status: 'up' }));
    expect(sut.isAlive()).toBe(true);

    sut.beforeApplicationShutdown();

    expect(sut.isAlive()).toBe(false);
    expect(await sut.report()).toEqual({
      service: 'exchanges',
      status: 'not-ready',
      dependencies: { database: { status: 'up' }, process: { status: 'down', message: 'shutting down' } },
    });
  });
});

import { lagSeconds, Metrics, routeLabel, rpcOutcome } from './metrics';

describe(Metrics.name, () => {
  it('gives each instance a registry of its own, so several services run in one process', async () => {
    const gateway = new Metrics('gateway', { processMetrics: false });
    const partnerships = new Metrics('partnerships', { processMetrics: false });

    gateway.rpcClientCalls.labels({ operation: 'partnerships.propose', outcome: 'ok' }).inc();

    expect(await gateway.exposition()).toContain('scn_rpc_client_calls_total{operation="partnerships.propose",outcome="ok",service="gateway"} 1');
    expect(await partnerships.exposition()).not.toContain('scn_rpc_client_calls_total{');
  });

  it('labels the Node process metrics with the service', async () => {
    const metrics = new Metrics('exchanges');

    expect(await metrics.exposition()).toMatch(/scn_process_cpu_user_seconds_total\{service="exchanges"\} \d/);
  });

  it('samples the outbox on scrape, once for both gauges', async () => {
    const metrics = new Metrics('partnerships', { processMetrics: false });
    const sampler = jest.fn(async () => ({ unsent: 3, oldestAgeSeconds: 12.5 }));
    metrics.sampleOutboxWith(sampler);

    const text = await metrics.exposition();

    expect(text).toContain('scn_outbox_unsent_events{service="partnerships"} 3');
    expect(text).toContain('scn_outbox_oldest_unsent_age_seconds{service="partnerships"} 12.5');
    expect(sampler).toHaveBeenCalledTimes(1);
  });

  it('samples the event consumers on scrape, once for their three gauges, labelled by stream', async () => {
    const metrics = new Metrics('notifications', { processMetrics: false });
    const sampler = jest.fn(async () => [
      { stream: 'SCN_APPLICATIONS', pending: 120, ackPending: 32, redelivered: 2 },
      { stream: 'SCN_EXCHANGES', pending: 0, ackPending: 0, redelivered: 0 },
    ]);
    metrics.sampleConsumersWith(sampler);

    const text = await metrics.exposition();

    expect(text).toContain('scn_consumer_pending_messages{stream="SCN_APPLICATIONS",service="notifications"} 120');
    expect(text).toContain('scn_consumer_ack_pending_messages{stream="SCN_APPLICATIONS",service="notifications"} 32');
    expect(text).toContain('scn_consumer_redelivered_messages{stream="SCN_APPLICATIONS",service="notifications"} 2');
    expect(text).toContain('scn_consumer_pending_messages{stream="SCN_EXCHANGES",service="notifications"} 0');
    expect(sampler).toHaveBeenCalledTimes(1);
  });

  it('keeps the last outbox values when the sample fails, and the scrape still answers', async () => {
    const metrics = new Metrics('partnerships', { processMetrics: false });
    metrics.sampleOutboxWith(async () => ({ unsent: 2, oldestAgeSeconds: 1 }));
    await metrics.exposition();
    metrics.sampleOutboxWith(async () => {
      throw new Error('database down');
    });
    await new Promise((resolve) => setImmediate(resolve));

    expect(await metrics.exposition()).toContain('scn_outbox_unsent_events{service="partnerships"} 2');
  });
});

describe('metric labels', () => {
  it('uses the route pattern, or "unmatched" when no route took the request', () => {
    expect(routeLabel('/v1/partnerships/:id')).toBe('/v1/partnerships/:id');
    expect(routeLabel(undefined)).toBe('unmatched');
  });

  it('names an RPC outcome ok or by its error code, never by free text', () => {
    expect(rpcOutcome(undefined)).toBe('ok');
    expect(rpcOutcome('PARTNERSHIP.NOT_FOUND')).toBe('PARTNERSHIP.NOT_FOUND');
    expect(rpcOutcome('something "odd" with spaces')).toBe('other');
  });

  it('measures the lag from an ISO time, never negative, undefined when unreadable', () => {
    const now = Date.parse('2026-12-04T12:00:10Z');
    expect(lagSeconds('2026-12-04T12:00:00Z', now)).toBe(10);
    expect(lagSeconds('2026-12-04T12:00:20Z', now)).toBe(0);
    expect(lagSeconds('not a time', now)).toBeUndefined();
  });
});

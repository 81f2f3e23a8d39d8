import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import fastify, { type FastifyInstance } from 'fastify';
import { currentMessageContext, type MessageContext } from '../logging/message-context';
import { startTracing } from '../tracing/start-tracing';
import { installRequestContext, requestIdFrom } from './request-context.hook';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe(requestIdFrom.name, () => {
  it.each(['abc-123', 'req_1.2:3', 'a'.repeat(128), '0190d9a4-6b4c-7d3e-8f00-123456789abc'])('keeps the client id %j', (id) => {
    expect(requestIdFrom({ 'x-request-id': id })).toBe(id);
  });

  it('takes the first of repeated headers', () => {
    expect(requestIdFrom({ 'x-request-id': ['first', 'second'] })).toBe('first');
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['with a space', 'two words'],
    ['with a line break', 'a\nInjected: yes'],
    ['too long', 'a'.repeat(129)],
    ['with a slash', '../etc'],
  ])('generates a UUIDv7 when the client id is %s', (_case, id) => {
    const generated = requestIdFrom({ 'x-request-id': id });
    expect(generated).toMatch(UUID_V7);
  });

  it('generates a new id each time', () => {
    expect(requestIdFrom({})).not.toBe(requestIdFrom({}));
  });
});

describe(installRequestContext.name, () => {
  const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
  let exporter: InMemorySpanExporter;
  let app: FastifyInstance;
  let seen: Array<MessageContext | undefined>;

  beforeEach(async () => {
    exporter = new InMemorySpanExporter();
    seen = [];
    app = fastify({ genReqId: (request) => requestIdFrom(request.headers) });
    installRequestContext(app, startTracing('gateway', { OTEL_SDK_DISABLED: false }, [new SimpleSpanProcessor(exporter)]));
    app.get('/v1/things/:id', async () => {
      seen.push(currentMessageContext());
      return { ok: true };
    });
    app.get('/v1/broken', async () => {
      throw new Error('boom');
    });
    app.get('/readyz', async () => {
      seen.push(currentMessageContext());
      return { status: 'up' };
    });
    await app.ready();
  });
  afterEach(() => app.close());

  it('makes each request a server span named by its route pattern, continuing the client trace', async () => {
    const response = await app.inject({ url: '/v1/things/42?token=secret', headers: { traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` } });

    expect(response.statusCode).toBe(200);
    const [span] = exporter.getFinishedSpans();
    expect(span!.name).toBe('GET /v1/things/:id');
    expect(span!.kind).toBe(SpanKind.SERVER);
    expect(span!.spanContext().traceId).toBe(TRACE_ID);
    expect(span!.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');
    expect(span!.attributes).toMatchObject({ 'http.request.method': 'GET', 'http.route': '/v1/things/:id', 'http.response.status_code': 200, 'url.path': '/v1/things/42' });
    // The handler's context (its logs, what it sends) is inside that very span.
    expect(seen[0]!.traceparent).toBe(`00-${TRACE_ID}-${span!.spanContext().spanId}-01`);
    expect(seen[0]!.correlationId).toBe(response.headers['x-request-id']);
  });

  it('marks a 5xx failed, and a 404 of no route by its method only', async () => {
    await app.inject({ url: '/v1/broken' });
    await app.inject({ url: '/v1/nothing-here' });

    const [broken, missing] = exporter.getFinishedSpans();
    expect(broken!.status.code).toBe(SpanStatusCode.ERROR);
    expect(broken!.attributes['http.response.status_code']).toBe(500);
    expect(missing!.name).toBe('GET');
    expect(missing!.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('leaves probes untraced, down to what they call (an unsampled trace)', async () => {
    await app.inject({ url: '/readyz', headers: { traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01` } });

    expect(exporter.getFinishedSpans()).toHaveLength(0);
    expect(seen[0]!.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
  });
});

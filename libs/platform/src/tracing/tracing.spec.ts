import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { otlpTracesUrl, startTracing } from './start-tracing';
import { Tracing } from './tracing';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT_SPAN = '00f067aa0ba902b7';
const PARENT = `00-${TRACE_ID}-${PARENT_SPAN}-01`;
const parts = (traceparent: string) => traceparent.split('-');

describe('Tracing off', () => {
  it('makes no span, and a new span id in the parent trace for the work', () => {
    const traced = Tracing.off.start('op', { kind: SpanKind.SERVER, parent: PARENT });

    expect(traced.span).toBeUndefined();
    expect(parts(traced.traceparent)[1]).toBe(TRACE_ID);
    expect(parts(traced.traceparent)[2]).not.toBe(PARENT_SPAN);
  });

  it('starts a trace when there is no parent', () => {
    expect(Tracing.off.start('op', { kind: SpanKind.SERVER, parent: undefined }).traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  });
});

describe(startTracing.name, () => {
  it('is off without an endpoint or a processor, and when OTEL_SDK_DISABLED says so', () => {
    const exporter = new InMemorySpanExporter();

    expect(startTracing('exchanges', { OTEL_SDK_DISABLED: false }).enabled).toBe(false);
    expect(startTracing('exchanges', { OTEL_SDK_DISABLED: true, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).enabled).toBe(false);
    expect(startTracing('exchanges', { OTEL_SDK_DISABLED: true }, [new SimpleSpanProcessor(exporter)]).enabled).toBe(false);
  });

  it('is on with an OTLP endpoint', async () => {
    const tracing = startTracing('exchanges', { OTEL_SDK_DISABLED: false, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:1' });

    expect(tracing.enabled).toBe(true);
    await tracing.shutdown();
  });

  it.each([
    ['http://collector:4318', 'http://collector:4318/v1/traces'],
    ['http://collector:4318/', 'http://collector:4318/v1/traces'],
    ['https://otel.example/base', 'https://otel.example/base/v1/traces'],
  ])('posts traces of %s to %s', (endpoint, url) => {
    expect(otlpTracesUrl(endpoint)).toBe(url);
  });
});

describe('Tracing on', () => {
  let exporter: InMemorySpanExporter;
  let tracing: Tracing;

  beforeEach(() => {
    exporter = new InMemorySpanExporter();
    tracing = startTracing('partnerships', { OTEL_SDK_DISABLED: false }, [new SimpleSpanProcessor(exporter)]);
  });

  it('makes a child span of the parent, whose own traceparent the work carries', () => {
    const traced = tracing.start('partnerships.suspend', { kind: SpanKind.SERVER, parent: PARENT, attributes: { 'rpc.method': 'partnerships.suspend' } });
    traced.span!.end();

    const [span] = exporter.getFinishedSpans();
    expect(span!.spanContext().traceId).toBe(TRACE_ID);
    expect(span!.parentSpanContext?.spanId).toBe(PARENT_SPAN);
    expect(span!.kind).toBe(SpanKind.SERVER);
    expect(span!.attributes['rpc.method']).toBe('partnerships.suspend');
    expect(span!.resource.attributes['service.name']).toBe('partnerships');
    expect(traced.traceparent).toBe(`00-${TRACE_ID}-${span!.spanContext().spanId}-01`);
  });

  it.each([undefined, 'garbage', `00-${'0'.repeat(32)}-${PARENT_SPAN}-01`])('starts a new trace from the parent %j', (parent) => {
    tracing.start('op', { kind: SpanKind.INTERNAL, parent }).span!.end();

    const [span] = exporter.getFinishedSpans();
    expect(span!.parentSpanContext).toBeUndefined();
    expect(span!.spanContext().traceId).not.toBe('0'.repeat(32));
  });

  it('keeps an unsampled parent unsampled: nothing is exported, the flags travel on', () => {
    const traced = tracing.start('op', { kind: SpanKind.CONSUMER, parent: `00-${TRACE_ID}-${PARENT_SPAN}-00` });
    traced.span!.end();

    expect(exporter.getFinishedSpans()).toHaveLength(0);
    expect(parts(traced.traceparent)[1]).toBe(TRACE_ID);
    expect(parts(traced.traceparent)[3]).toBe('00');
  });

  it('ends the span of work that succeeds, and marks failed the one that throws', async () => {
    await expect(tracing.inSpan('fine', { kind: SpanKind.INTERNAL, parent: PARENT }, async () => 42)).resolves.toBe(42);
    await expect(
      tracing.inSpan('broken', { kind: SpanKind.INTERNAL, parent: PARENT }, async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');

    const [fine, broken] = exporter.getFinishedSpans();
    expect(fine!.status.code).toBe(SpanStatusCode.UNSET);
    expect(broken!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'disk full' });
    expect(broken!.events.map((event) => event.name)).toEqual(['exception']);
  });

  it('gives up waiting for a provider that does not finish its shutdown', async () => {
    const stuck = new Tracing(undefined, { shutdown: () => new Promise<void>(() => undefined) });
    const started = Date.now();

    await stuck.shutdown(50);

    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('flushes and stops on shutdown: no span is exported after', async () => {
    await tracing.shutdown();
    tracing.start('late', { kind: SpanKind.INTERNAL, parent: PARENT }).span?.end();

    expect(exporter.getFinishedSpans()).toHaveLength(0);
  });
});

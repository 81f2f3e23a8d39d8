import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTracing } from '@scn/platform';
import { endRpcSpan, rpcSpanAttributes } from './rpc-spans';

describe(endRpcSpan.name, () => {
  const exporter = new InMemorySpanExporter();
  const tracing = startTracing('gateway', { OTEL_SDK_DISABLED: false }, [new SimpleSpanProcessor(exporter)]);
  const call = () => tracing.start('partnerships.suspend', { kind: SpanKind.CLIENT, parent: undefined, attributes: rpcSpanAttributes('partnerships', 'partnerships.suspend') }).span!;

  beforeEach(() => exporter.reset());

  it('ends an answered call with outcome ok', () => {
    endRpcSpan(call(), undefined);

    const [span] = exporter.getFinishedSpans();
    expect(span!.attributes).toEqual({ 'rpc.system': 'nats', 'rpc.service': 'partnerships', 'rpc.method': 'partnerships.suspend', 'scn.rpc.outcome': 'ok' });
    expect(span!.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('keeps a refusal (4xx) a success of the platform, with its code and status', () => {
    endRpcSpan(call(), { code: 'PARTNERSHIP.NOT_FOUND', status: 404, message: 'No such partnership' });

    const [span] = exporter.getFinishedSpans();
    expect(span!.attributes).toMatchObject({ 'scn.rpc.outcome': 'PARTNERSHIP.NOT_FOUND', 'scn.rpc.status': 404 });
    expect(span!.status.code).toBe(SpanStatusCode.UNSET);
  });

  it('marks a failure of the platform (5xx) an error', () => {
    endRpcSpan(call(), { code: 'RPC.SERVICE_UNAVAILABLE', status: 503, message: 'partnerships is not available' });

    const [span] = exporter.getFinishedSpans();
    expect(span!.attributes['scn.rpc.status']).toBe(503);
    expect(span!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'partnerships is not available' });
  });
});

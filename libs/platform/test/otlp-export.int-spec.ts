import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FIXTURE = join(__dirname, 'export-one-span.fixture.ts');
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

interface OtlpSpan {
  traceId: string;
  parentSpanId?: string;
  name: string;
}

/** A stand-in OTLP/HTTP collector: keeps what is posted, answers as a collector does. */
function startCollector(): Promise<{ server: Server; url: string; posts: Array<{ path?: string; body: string }> }> {
  const posts: Array<{ path?: string; body: string }> = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      posts.push({ path: request.url, body });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, posts })),
  );
}

/** Runs the fixture as its own Node process with `env` added to this one's. */
async function exportOneSpan(env: Record<string, string>): Promise<string> {
  const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', FIXTURE], {
    env: { ...process.env, PARENT_TRACEPARENT: `00-${TRACE_ID}-00f067aa0ba902b7-01`, ...env },
    timeout: 30_000,
  });
  return stdout.trim();
}

describe('OTLP export: the variables a service reads, a real exporter, a real HTTP collector', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;

  beforeEach(async () => {
    collector = await startCollector();
  });
  afterEach(() => new Promise((resolve) => collector.server.close(resolve)));

  it('posts the spans to <endpoint>/v1/traces when the service stops, named by the service', async () => {
    expect(await exportOneSpan({ OTEL_EXPORTER_OTLP_ENDPOINT: `${collector.url}/` })).toBe('traced');

    expect(collector.posts.map((post) => post.path)).toEqual(['/v1/traces']);
    const [resourceSpans] = JSON.parse(collector.posts[0]!.body).resourceSpans;
    expect(resourceSpans.resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'exchanges' } });
    const spans: OtlpSpan[] = resourceSpans.scopeSpans.flatMap((scope: { spans: OtlpSpan[] }) => scope.spans);
    expect(spans.map(({ name, traceId, parentSpanId }) => ({ name, traceId, parentSpanId }))).toEqual([
      { name: 'exchanges.list', traceId: TRACE_ID, parentSpanId: '00f067aa0ba902b7' },
    ]);
  }, 40_000);

  it('sends nothing when OTEL_SDK_DISABLED is true, nor without an endpoint', async () => {
    expect(await exportOneSpan({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SDK_DISABLED: 'true' })).toBe('off');
    expect(await exportOneSpan({ OTEL_EXPORTER_OTLP_ENDPOINT: '' })).toBe('off');

    expect(collector.posts).toHaveLength(0);
  }, 60_000);
});

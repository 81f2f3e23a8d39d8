import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { PrismaClient as PartnershipsDb } from '@scn-prisma/partnerships';
import { DATABASE } from '@scn/platform';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { GatewayUnderTest } from './gateway-harness';

const MEMBER_CITY = 'gn:990000401';
const PARTNER_CITY = 'gn:990000402';

const serviceOf = (span: ReadableSpan) => span.resource.attributes['service.name'];
const traceparentOf = (span: ReadableSpan) => `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`;

/** The one span of `spans` that matches, failing with what was there when none or several do. */
function theSpan(spans: readonly ReadableSpan[], what: string, match: (span: ReadableSpan) => boolean): ReadableSpan {
  const found = spans.filter(match);
  if (found.length !== 1) {
    const seen = spans.map((s) => `${serviceOf(s)}:${SpanKind[s.kind]}:${s.name}`).join(', ');
    throw new Error(`expected one ${what}, found ${found.length} among [${seen}]`);
  }
  return found[0]!;
}

const childOf = (parent: ReadableSpan) => (span: ReadableSpan) => span.parentSpanContext?.spanId === parent.spanContext().spanId;

describe('traces: one trace from the HTTP request to the event handled in another service', () => {
  const exporter = new InMemorySpanExporter();
  let gateway: GatewayUnderTest;
  const programId = uuidv7();

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ withPartnerships: true, withExchanges: true, spanExporter: exporter });
    const partnershipsDb = gateway.backends[0]!.service.app.get<PartnershipsDb>(DATABASE);
    for (const [id, countryCode] of [
      [MEMBER_CITY, 'DE'],
      [PARTNER_CITY, 'FR'],
    ] as const) {
      const city = { id, countryCode, name: id, searchName: id, altNames: [], latitude: 0, longitude: 0, source: 'test' };
      await partnershipsDb.city.upsert({ where: { id }, create: city, update: city });
    }
    await partnershipsDb.memberProgram.create({ data: { id: programId, name: 'Program T', cityId: MEMBER_CITY, duesPaidThrough: 2030 } });
  }, 120_000);
  afterAll(() => gateway?.stop());

  it('links gateway HTTP → RPC → the outbox → JetStream → the exchanges consumer, parent to child', async () => {
    const admin = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [programId] }]);
    exporter.reset();
    const terms = { title: 'Sister cities', kind: 'sister_city', focusAreas: ['youth-education'], text: 'We agree.' };
    const proposed = await gateway.request('POST', '/v1/partnerships', {
      token: admin,
      body: { memberProgramId: programId, partnerCityId: PARTNER_CITY, terms },
    });
    expect(proposed.status).toBe(201);

    // The consumer's span ends once its transaction has committed and the message is acked.
    const consumed = await waitFor('exchanges to handle partnership.proposed.v1', async () =>
      exporter
        .getFinishedSpans()
        .find((span) => serviceOf(span) === 'exchanges' && span.kind === SpanKind.CONSUMER && span.attributes['scn.event.type'] === 'partnership.proposed.v1'),
    );
    const spans = exporter.getFinishedSpans();

    // The gateway: the request, named by its route pattern, is the root of the trace.
    const http = theSpan(spans, 'gateway HTTP server span', (s) => serviceOf(s) === 'gateway' && s.kind === SpanKind.SERVER && s.name === 'POST /v1/partnerships');
    expect(http.parentSpanContext).toBeUndefined();
    expect(http.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.route': '/v1/partnerships', 'http.response.status_code': 201 });
    const trace = http.spanContext().traceId;
    const inTrace = spans.filter((span) => span.spanContext().traceId === trace);

    // The gateway's request to the partnerships service, and the service answering it.
    const rpcOut = theSpan(inTrace, 'RPC client span', (s) => s.kind === SpanKind.CLIENT && childOf(http)(s));
    expect(serviceOf(rpcOut)).toBe('gateway');
    expect(rpcOut.name).toBe('partnerships.propose');
    expect(rpcOut.attributes).toMatchObject({ 'rpc.system': 'nats', 'rpc.service': 'partnerships', 'rpc.method': 'partnerships.propose', 'scn.rpc.outcome': 'ok' });
    const rpcIn = theSpan(inTrace, 'RPC server span', (s) => s.kind === SpanKind.SERVER && childOf(rpcOut)(s));
    expect(serviceOf(rpcIn)).toBe('partnerships');
    expect(rpcIn.attributes).toMatchObject({ 'rpc.method': 'partnerships.propose', 'scn.rpc.outcome': 'ok' });

    // The event created in the command's transaction; its outbox row keeps that span's traceparent.
    const created = theSpan(inTrace, 'outbox creation span', (s) => childOf(rpcIn)(s) && s.attributes['scn.event.type'] === 'partnership.proposed.v1');
    expect(serviceOf(created)).toBe('partnerships');
    expect(created.kind).toBe(SpanKind.PRODUCER);
    expect(created.attributes).toMatchObject({ 'messaging.operation.type': 'create', 'scn.event.aggregate': proposed.body.id });
    const eventId = created.attributes['messaging.message.id'];
    const partnershipsDb = gateway.backends[0]!.service.app.get<PartnershipsDb>(DATABASE);
    const [row] = await partnershipsDb.$queryRawUnsafe<Array<{ traceparent: string }>>('SELECT traceparent FROM outbox_events WHERE id = $1::uuid', eventId);
    expect(row!.traceparent).toBe(traceparentOf(created));

    // The relay's publication to JetStream continues the row's trace…
    const sent = theSpan(inTrace, 'relay publish span', (s) => childOf(created)(s));
    expect(serviceOf(sent)).toBe('partnerships');
    expect(sent.kind).toBe(SpanKind.PRODUCER);
    expect(sent.name).toBe('send partnership.proposed.v1');
    expect(sent.attributes).toMatchObject({ 'messaging.operation.type': 'send', 'messaging.message.id': eventId });

    // …and the exchanges service handles the event as that publication's child.
    expect(consumed.spanContext().traceId).toBe(trace);
    expect(consumed.parentSpanContext?.spanId).toBe(sent.spanContext().spanId);
    expect(consumed.name).toBe('process partnership.proposed.v1');
    expect(consumed.attributes).toMatchObject({ 'scn.event.outcome': 'handled', 'messaging.message.id': eventId, 'messaging.operation.type': 'process' });
  }, 60_000);
});

import type { PrismaClient } from '@scn-prisma/partnerships';
import { eventStream, type MemberProgramView } from '@scn/contracts';
import { Outbox, type RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { createTestDatabase, startTestService, waitFor, type TestDatabase } from '@scn/testing';
import { connect, type NatsConnection } from 'nats';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the end-to-end path goes through the real gateway
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';
import { RefreshStandingHandler } from '../src/member-programs/commands/refresh-standing/refresh-standing.handler';
import { partnershipsService } from '../src/partnerships.service-definition';

// Member programs end to end: HTTP through the real gateway (tokens, guard, scope checks)
// to the real partnerships service and its database, events through the outbox to JetStream.

/** Cities of our own (GeoNames-shaped ids far above the real ones), so the test needs no gazetteer seed. */
const TESTVILLE = { id: 'gn:990000001', name: 'Testville', countryCode: 'US', regionCode: 'CA', latitude: 37.5, longitude: -122.1 };
const VILLETEST = { id: 'gn:990000002', name: 'Villetest', countryCode: 'FR', regionCode: '11', latitude: 48.8, longitude: 2.3 };
const UNKNOWN_CITY = 'gn:990000999';
const THIS_YEAR = new Date().getUTCFullYear();

describe('member programs through the gateway', () => {
  let gateway: GatewayUnderTest;
  let database: TestDatabase;
  let service: RunningService;
  let db: PrismaClient;
  let nc: NatsConnection;
  const tokens: Record<'staff' | 'adminA' | 'adminB' | 'reviewer', string> = { staff: '', adminA: '', adminB: '', reviewer: '' };
  let programA: MemberProgramView;
  let programB: MemberProgramView;

  const call = (method: string, path: string, token: string, body?: unknown) => gateway.request(method, path, { token, body });
  const outbox = (aggregate: string) =>
    db.$queryRawUnsafe<
      Array<{
        id: string;
        type: string;
        payload: { data: Record<string, unknown> };
        published_at: Date | null;
      }>
    >('SELECT id::text, type, payload, published_at FROM outbox_events WHERE aggregate = $1 ORDER BY seq', aggregate);

  beforeAll(async () => {
    // The service joins the gateway's namespace, so the gateway's RPC calls reach it.
    gateway = await GatewayUnderTest.start();
    database = await createTestDatabase('partnerships');
    service = await startTestService(partnershipsService, {
      namespace: gateway.namespace,
      databaseUrl: database.url,
    });
    db = service.app.get<PrismaClient>(DATABASE);
    for (const city of [TESTVILLE, VILLETEST]) {
      const row = {
        ...city,
        searchName: city.name.toLowerCase(),
        altNames: [],
        population: 1000,
        timeZone: null,
        source: 'test',
      };
      await db.city.upsert({
        where: { id: city.id },
        create: row,
        update: row,
      });
    }
    nc = await connect({
      servers: process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222',
    });
    tokens.staff = (await gateway.login()).accessToken;
  });

  afterAll(async () => {
    await nc?.close();
    await service?.app.close();
    await database?.drop();
    await gateway?.stop();
  });

  it('lets staff register programs in gazetteer cities', async () => {
    const created = await call('POST', '/v1/member-programs', tokens.staff, {
      name: 'Testville Sister Cities',
      cityId: TESTVILLE.id,
      contacts: [{ name: 'Ada Chair', role: 'chair', email: 'ada@testville.example' }],
      website: 'https://testville.example',
    });
    expect(created.status).toBe(201);
    programA = created.body;
    expect(programA).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Testville Sister Cities',
      city: {
        id: TESTVILLE.id,
        name: 'Testville',
        countryCode: 'US',
        regionCode: 'CA',
      },
      membership: 'member',
      duesPaidThrough: null,
      inGoodStanding: false,
      contacts: [{ name: 'Ada Chair', role: 'chair', email: 'ada@testville.example' }],
      website: 'https://testville.example',
      revision: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });

    const other = await call('POST', '/v1/member-programs', tokens.staff, {
      name: 'Amis de Villetest',
      cityId: VILLETEST.id,
      duesPaidThrough: THIS_YEAR,
    });
    expect(other.status).toBe(201);
    programB = other.body;
    expect(programB.inGoodStanding).toBe(true);

    tokens.adminA = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [programA.id] }]);
    tokens.adminB = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [programB.id] }]);
    tokens.reviewer = await gateway.tokenFor([{ role: 'reviewer', scopeIds: [programA.id] }]);
  });

  it('refuses a city that is not in the gazetteer, and registration by anyone but staff', async () => {
    const unknown = await call('POST', '/v1/member-programs', tokens.staff, {
      name: 'Nowhere',
      cityId: UNKNOWN_CITY,
    });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({
      status: 404,
      code: 'CITY.NOT_FOUND',
    });

    const byAdmin = await call('POST', '/v1/member-programs', tokens.adminA, {
      name: 'Mine',
      cityId: TESTVILLE.id,
    });
    expect({ status: byAdmin.status, code: byAdmin.body.code }).toEqual({
      status: 403,
      code: 'AUTH.FORBIDDEN',
    });
    expect(await db.memberProgram.count()).toBe(2);
  });

  it('lets program admin A read and edit program A', async () => {
    expect((await call('GET', `/v1/member-programs/${programA.id}`, tokens.adminA)).status).toBe(200);
    const edited = await call('PATCH', `/v1/member-programs/${programA.id}`, tokens.adminA, {
      revision: 1,
      name: 'Testville Sister City Association',
      contacts: [
        { name: 'Ada Chair', role: 'chair', email: 'ada@testville.example' },
        {
          name: 'Bo Secretary',
          email: 'bo@testville.example',
          language: 'es',
        },
      ],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: 'Testville Sister City Association',
      revision: 2,
      website: 'https://testville.example',
    });
    expect(edited.body.contacts).toHaveLength(2);
    programA = edited.body;
  });

  it('keeps program admin A out of program B: 404 on read and on change, and B unchanged', async () => {
    const read = await call('GET', `/v1/member-programs/${programB.id}`, tokens.adminA);
    expect(read.status).toBe(404);
    expect(read.body).not.toHaveProperty('name');
    const change = await call('PATCH', `/v1/member-programs/${programB.id}`, tokens.adminA, { revision: 1, name: 'hijacked' });
    expect(change.status).toBe(404);
    // The same answer as for a program that does not exist: B's existence does not leak.
    const missing = await call('PATCH', `/v1/member-programs/0190a5d0-0000-7000-8000-000000000000`, tokens.adminA, {
      revision: 1,
      name: 'x',
    });
    expect({ status: missing.status, code: missing.body.code }).toEqual({
      status: change.status,
      code: change.body.code,
    });

    const b = await call('GET', `/v1/member-programs/${programB.id}`, tokens.staff);
    expect(b.body).toMatchObject({ name: 'Amis de Villetest', revision: 1 });
    expect((await outbox(programB.id)).map((event) => event.type)).toEqual(['member-program.registered.v1']);
  });

  it('refuses membership and dues from a program admin, even on their own program', async () => {
    const dues = await call('PATCH', `/v1/member-programs/${programA.id}`, tokens.adminA, { revision: 2, duesPaidThrough: THIS_YEAR + 5 });
    expect({ status: dues.status, code: dues.body.code }).toEqual({
      status: 403,
      code: 'MEMBER_PROGRAM.STAFF_ONLY_FIELD',
    });
    expect(dues.body.errors).toEqual([expect.objectContaining({ field: 'duesPaidThrough' })]);

    const put = await call('PUT', `/v1/member-programs/${programA.id}/membership`, tokens.adminA, {
      revision: 2,
      membership: 'member',
      duesPaidThrough: THIS_YEAR,
    });
    expect({ status: put.status, code: put.body.code }).toEqual({
      status: 403,
      code: 'AUTH.FORBIDDEN',
    });
    expect((await call('GET', `/v1/member-programs/${programA.id}`, tokens.staff)).body).toMatchObject({
      revision: 2,
      duesPaidThrough: null,
    });
  });

  it('refuses a change based on a stale revision with 409 naming the current one', async () => {
    const stale = await call('PATCH', `/v1/member-programs/${programA.id}`, tokens.adminA, { revision: 1, website: null });
    expect({ status: stale.status, code: stale.body.code }).toEqual({
      status: 409,
      code: 'MEMBER_PROGRAM.STALE_REVISION',
    });
    expect(stale.body.errors).toEqual([
      {
        field: 'revision',
        rule: 'current_revision',
        message: 'current revision is 2',
        params: { current: 2 },
      },
    ]);
    expect(stale.body.detail).toContain('revision 2');
  });

  it('lets exactly one of two concurrent changes at the same revision win', async () => {
    const [first, second] = await Promise.all([
      call('PATCH', `/v1/member-programs/${programB.id}`, tokens.staff, {
        revision: 1,
        website: 'https://one.example',
      }),
      call('PATCH', `/v1/member-programs/${programB.id}`, tokens.staff, {
        revision: 1,
        website: 'https://two.example',
      }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const after = await call('GET', `/v1/member-programs/${programB.id}`, tokens.staff);
    expect(after.body.revision).toBe(2);
    programB = after.body;
  });

  it('changes nothing, and says nothing, for a patch that repeats the current values', async () => {
    const same = await call('PATCH', `/v1/member-programs/${programA.id}`, tokens.adminA, {
      revision: 2,
      name: programA.name,
      contacts: [...programA.contacts].map((contact: Record<string, string>) => Object.fromEntries(Object.entries(contact).reverse())),
    });
    expect(same.status).toBe(200);
    expect(same.body.revision).toBe(2);
  });

  it('records dues (staff) and tells of the standing change', async () => {
    const paid = await call('PUT', `/v1/member-programs/${programA.id}/membership`, tokens.staff, {
      revision: 2,
      membership: 'member',
      duesPaidThrough: THIS_YEAR,
    });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({
      duesPaidThrough: THIS_YEAR,
      inGoodStanding: true,
      revision: 3,
    });

    // Dues further ahead: updated, but standing does not change.
    const ahead = await call('PATCH', `/v1/member-programs/${programA.id}`, tokens.staff, { revision: 3, duesPaidThrough: THIS_YEAR + 2 });
    expect(ahead.body).toMatchObject({ inGoodStanding: true, revision: 4 });

    const events = await outbox(programA.id);
    expect(events.map((event) => [event.type, event.payload.data.changed ?? null])).toEqual([
      ['member-program.registered.v1', null],
      ['member-program.updated.v1', ['name', 'contacts']],
      ['member-program.updated.v1', ['duesPaidThrough']],
      ['member-program.standing-changed.v1', null],
      ['member-program.updated.v1', ['duesPaidThrough']],
    ]);
    expect(events[3]?.payload.data).toEqual({
      memberProgramId: programA.id,
      name: 'Testville Sister City Association',
      cityId: TESTVILLE.id,
      countryCode: 'US',
      contacts: expect.any(Array),
      membership: 'member',
      duesPaidThrough: THIS_YEAR,
      inGoodStanding: true,
    });
  });

  it('tells of a membership change even when the program stays out of good standing', async () => {
    const lapsed = await call('PUT', `/v1/member-programs/${programA.id}/membership`, tokens.staff, {
      revision: 4,
      membership: 'lapsed',
      duesPaidThrough: THIS_YEAR + 2,
    });
    expect(lapsed.body).toMatchObject({
      membership: 'lapsed',
      inGoodStanding: false,
      revision: 5,
    });
    const withdrawn = await call('PUT', `/v1/member-programs/${programA.id}/membership`, tokens.staff, {
      revision: 5,
      membership: 'withdrawn',
      duesPaidThrough: THIS_YEAR + 2,
    });
    expect(withdrawn.body).toMatchObject({
      membership: 'withdrawn',
      revision: 6,
    });
    const standing = (await outbox(programA.id)).filter((event) => event.type === 'member-program.standing-changed.v1');
    expect(standing.map((event) => [event.payload.data.membership, event.payload.data.inGoodStanding])).toEqual([
      ['member', true],
      ['lapsed', false],
      ['withdrawn', false],
    ]);
  });

  it('lists all programs for staff and only their own for a program admin, with filters', async () => {
    const names = (response: { body: { items: Array<{ name: string }> } }) => response.body.items.map((item) => item.name);
    const all = await call('GET', '/v1/member-programs', tokens.staff);
    expect(all.status).toBe(200);
    expect(names(all)).toEqual(['Amis de Villetest', 'Testville Sister City Association']);

    expect(names(await call('GET', '/v1/member-programs', tokens.adminA))).toEqual(['Testville Sister City Association']);
    // Filters narrow the admin's own programs; they never widen them.
    expect(names(await call('GET', '/v1/member-programs?country=FR', tokens.adminA))).toEqual([]);
    expect(names(await call('GET', '/v1/member-programs', tokens.adminB))).toEqual(['Amis de Villetest']);

    expect(names(await call('GET', '/v1/member-programs?country=FR', tokens.staff))).toEqual(['Amis de Villetest']);
    expect(names(await call('GET', '/v1/member-programs?country=US&region=CA', tokens.staff))).toEqual([
      'Testville Sister City Association',
    ]);
    expect(names(await call('GET', '/v1/member-programs?q=testV', tokens.staff))).toEqual(['Testville Sister City Association']);
    expect(names(await call('GET', '/v1/member-programs?q=ville', tokens.staff))).toEqual([]);
    expect(names(await call('GET', '/v1/member-programs?inGoodStanding=true', tokens.staff))).toEqual(['Amis de Villetest']);
    expect(names(await call('GET', '/v1/member-programs?inGoodStanding=false', tokens.staff))).toEqual([
      'Testville Sister City Association',
    ]);
    expect(names(await call('GET', '/v1/member-programs?membership=withdrawn', tokens.staff))).toEqual([
      'Testville Sister City Association',
    ]);

    // A country code is read in either case (one rule on every route), a three-letter one is refused.
    expect(names(await call('GET', '/v1/member-programs?country=fr', tokens.staff))).toEqual(['Amis de Villetest']);
    const bad = await call('GET', '/v1/member-programs?inGoodStanding=yes&country=fra', tokens.staff);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['query.country', 'query.inGoodStanding']);
    expect((await call('GET', '/v1/member-programs', tokens.reviewer)).status).toBe(403);
  });

  it('pages through the list with a cursor', async () => {
    const first = await call('GET', '/v1/member-programs?limit=1', tokens.staff);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call('GET', `/v1/member-programs?limit=1&cursor=${first.body.nextCursor}`, tokens.staff);
    expect(second.body.items.map((item: { id: string }) => item.id)).not.toContain(first.body.items[0].id);
    expect(second.body.nextCursor).toBeNull();
    const forged = await call('GET', '/v1/member-programs?cursor=forged', tokens.staff);
    expect({
      status: forged.status,
      field: forged.body.errors?.[0]?.field,
    }).toEqual({ status: 400, field: 'query.cursor' });
  });

  it('announces once that dues lapsed when the year turns, and nothing the second time', async () => {
    const current = await call('GET', `/v1/member-programs/${programB.id}`, tokens.staff);
    const paid = await call('PUT', `/v1/member-programs/${programB.id}/membership`, tokens.staff, {
      revision: current.body.revision,
      membership: 'member',
      duesPaidThrough: THIS_YEAR,
    });
    expect(paid.body.inGoodStanding).toBe(true);
    const before = (await outbox(programB.id)).filter((event) => event.type === 'member-program.standing-changed.v1').length;
    const nextYear = { now: () => new Date(Date.UTC(THIS_YEAR + 1, 0, 1, 0, 5)) };
    const refresh = new RefreshStandingHandler(db as never, service.app.get(Outbox), nextYear);

    expect(await refresh.execute()).toBeGreaterThanOrEqual(1);
    expect(await refresh.execute()).toBe(0);
    const announced = (await outbox(programB.id)).filter((event) => event.type === 'member-program.standing-changed.v1');
    expect(announced).toHaveLength(before + 1);
    expect(announced.at(-1)!.payload.data).toMatchObject({ inGoodStanding: false, duesPaidThrough: THIS_YEAR });
  });

  it('publishes every outbox event to JetStream exactly once', async () => {
    const rows = [...(await outbox(programA.id)), ...(await outbox(programB.id))];
    await waitFor('the relay to publish every event', async () => {
      const pending = await db.$queryRawUnsafe<Array<{ n: number }>>(
        'SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL',
      );
      return pending[0]?.n === 0;
    });
    // Read the stream message by message: what the relay actually published, duplicates included.
    const jsm = await nc.jetstreamManager();
    const stream = eventStream(gateway.namespace, 'partnerships').name;
    const { state } = await jsm.streams.info(stream);
    const published: Array<{ subject: string; id: string }> = [];
    for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq++) {
      const message = await jsm.streams.getMessage(stream, { seq });
      if (message.subject.includes('.member-program.'))
        published.push({
          subject: message.subject,
          id: message.json<{ id: string }>().id,
        });
    }
    expect(published.map((event) => event.id).sort()).toEqual(rows.map((row) => row.id).sort());
    expect(
      published.filter((event) => event.subject === `${gateway.namespace}.events.partnerships.member-program.registered.v1`),
    ).toHaveLength(2);
  });
});

import type { PrismaClient as ExchangesDb } from '@scn-prisma/exchanges';
import type { PrismaClient as PartnershipsDb } from '@scn-prisma/partnerships';
import { DATABASE } from '@scn/platform';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { GatewayUnderTest, type TestResponse } from '../../gateway/test/gateway-harness';
import { ExchangeProgramCommandRunner } from '../src/exchange-programs/commands/exchange-program-command.runner';
import { KnownPartnerships } from '../src/known-partnerships/infra/known-partnerships.reader';

// Exchange programs through the gateway, under partnerships made active (and suspended)
// through the partnerships routes: the exchanges service learns them from their events.

const MEMBER_CITY = 'gn:990000501';
const PARTNER_CITY = 'gn:990000502';
const PROPOSED_PARTNER_CITY = 'gn:990000503';
const SUSPENDED_PARTNER_CITY = 'gn:990000504';
const OTHER_MEMBER_CITY = 'gn:990000505';
const CITIES = [
  { id: MEMBER_CITY, countryCode: 'US' },
  { id: PARTNER_CITY, countryCode: 'FR' },
  { id: PROPOSED_PARTNER_CITY, countryCode: 'JP' },
  { id: SUSPENDED_PARTNER_CITY, countryCode: 'DE' },
  { id: OTHER_MEMBER_CITY, countryCode: 'US' },
];
const MANAGE = '/v1/manage/exchange-programs';

/** A valid program travelling in July 2027, its window open from January to March 2027. */
const programBody = (partnershipId: string, overrides: Record<string, unknown> = {}) => ({
  partnershipId,
  season: 2027,
  category: 'youth-education',
  title: 'Summer youth exchange',
  description: 'Two weeks with a host family.',
  languages: ['en', 'fr'],
  direction: 'reciprocal',
  travelStart: '2027-07-01',
  travelEnd: '2027-07-15',
  applicationOpensAt: '2027-01-01T00:00:00Z',
  applicationClosesAt: '2027-03-01T00:00:00Z',
  decisionReleaseAt: '2027-04-01T00:00:00Z',
  offerResponseDeadline: '2027-04-15T00:00:00Z',
  capacity: { member: 5, partner: 5 },
  costs: { amount: 300, currency: 'EUR', covers: ['travel', 'lodging'] },
  eligibility: { minAge: 15, maxAge: 18, residence: 'member-city', languages: ['en'], requiredDocuments: ['passport'] },
  ...overrides,
});

describe('exchange programs through the gateway', () => {
  let gateway: GatewayUnderTest;
  let exchangesDb: ExchangesDb;
  const programId = uuidv7();
  const otherProgramId = uuidv7();
  const tokens = { staff: '', admin: '', otherAdmin: '' };
  const partnerships = { active: '', proposed: '', suspended: '' };

  const call = (token: string, method: string, path: string, body?: unknown) => gateway.request(method, path, { token, body });
  const expectProblem = (response: TestResponse, status: number, code: string) =>
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  const fieldsOf = (response: TestResponse) => (response.body?.errors ?? []).map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`);
  const create = (overrides: Record<string, unknown> = {}, partnershipId = partnerships.active, token = tokens.admin) =>
    call(token, 'POST', MANAGE, programBody(partnershipId, overrides));
  const step = (id: string, verb: string, token = tokens.admin, body?: unknown) => call(token, 'POST', `${MANAGE}/${id}/${verb}`, body);
  /** The events the exchanges service wrote to its outbox about one program, oldest first. */
  const events = async (aggregate: string) => {
    const rows = await exchangesDb.outboxEvent.findMany({ where: { aggregate }, orderBy: { seq: 'asc' }, select: { type: true, payload: true } });
    return rows.map((row) => ({ type: row.type, payload: row.payload as { data: Record<string, unknown> } }));
  };
  /** The app of a service behind the gateway: partnerships first, exchanges second. */
  const backendApp = (index: number) => {
    const backend = gateway.backends[index];
    if (!backend) throw new Error(`no backend ${index}`);
    return backend.service.app;
  };

  const knownAs = (id: string, status: string) => {
    const known = backendApp(1).get(KnownPartnerships);
    return waitFor(`partnership ${id} known as ${status}`, async () => (await known.get(id))?.status === status);
  };
  const propose = async (partnerCityId: string): Promise<string> => {
    const terms = { title: 'Sister cities', kind: 'sister_city', focusAreas: ['youth-education'], text: 'We agree.' };
    const proposed = await call(tokens.staff, 'POST', '/v1/partnerships', { memberProgramId: programId, partnerCityId, terms });
    expect(proposed.status).toBe(201);
    return proposed.body.id;
  };
  const signBoth = async (id: string) => {
    const { termsHash } = (await call(tokens.staff, 'GET', `/v1/partnerships/${id}`)).body.versions[0];
    for (const side of ['member', 'partner']) {
      const signature = { version: 1, termsHash, side, signatoryName: `${side} mayor`, signatoryOffice: 'Mayor', signedOn: '2026-03-01' };
      expect((await call(tokens.staff, 'POST', `/v1/partnerships/${id}/approvals`, signature)).status).toBe(200);
    }
  };

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ withPartnerships: true, withExchanges: true });
    const partnershipsDb = backendApp(0).get<PartnershipsDb>(DATABASE);
    exchangesDb = backendApp(1).get<ExchangesDb>(DATABASE);
    for (const city of CITIES) {
      const row = { ...city, name: city.id, searchName: city.id, altNames: [], latitude: 0, longitude: 0, source: 'test' };
      await partnershipsDb.city.upsert({ where: { id: city.id }, create: row, update: row });
    }
    await partnershipsDb.memberProgram.createMany({
      data: [
        { id: programId, name: 'Testville Sister Cities', cityId: MEMBER_CITY, duesPaidThrough: 2030 },
        { id: otherProgramId, name: 'Elsewhere Sister Cities', cityId: OTHER_MEMBER_CITY, duesPaidThrough: 2030 },
      ],
    });
    tokens.staff = (await gateway.login()).accessToken;
    tokens.admin = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [programId] }]);
    tokens.otherAdmin = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [otherProgramId] }]);

    partnerships.active = await propose(PARTNER_CITY);
    await signBoth(partnerships.active);
    partnerships.proposed = await propose(PROPOSED_PARTNER_CITY);
    partnerships.suspended = await propose(SUSPENDED_PARTNER_CITY);
    await signBoth(partnerships.suspended);
    await Promise.all([
      knownAs(partnerships.active, 'active'),
      knownAs(partnerships.proposed, 'proposed'),
      knownAs(partnerships.suspended, 'active'),
    ]);
  }, 60_000);

  afterAll(() => gateway?.stop());

  it('runs a program’s lifecycle, refusing illegal steps with a stable code', async () => {
    const created = await create();
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({
      status: 'draft',
      partnershipId: partnerships.active,
      memberProgramId: programId,
      memberCityId: MEMBER_CITY,
      partnerCityId: PARTNER_CITY,
      capacity: { member: 5, partner: 5 },
      eligibility: { minAge: 15, maxAge: 18, maxApplicationsPerSeason: 1 },
      history: [{ action: 'created' }],
    });
    expectProblem(await step(id, 'allocate'), 409, 'EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');

    expect((await step(id, 'publish')).body.status).toBe('published');
    expectProblem(await step(id, 'publish'), 409, 'EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');
    expectProblem(await step(id, 'complete'), 409, 'EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');
    expect((await step(id, 'close')).body).toMatchObject({ status: 'closed', windowClosedAt: expect.any(String) });
    expectProblem(await call(tokens.admin, 'PATCH', `${MANAGE}/${id}`, { capacity: { member: 9, partner: 5 } }), 409, 'EXCHANGE_PROGRAM.FIELD_LOCKED');
    expect((await step(id, 'allocate')).body.status).toBe('allocated');
    expect((await step(id, 'start')).body.status).toBe('in_progress');
    const completed = await step(id, 'complete');
    expect(completed.body.status).toBe('completed');
    expect(completed.body.history.map((c: { action: string }) => c.action)).toEqual([
      'completed', 'started', 'allocated', 'window-closed', 'published', 'created',
    ]);
    expectProblem(await step(id, 'cancel', tokens.admin, { reason: 'too late' }), 409, 'EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');

    // Each change once in the outbox, in order (drafts and steps without an event type add none).
    const written = await events(id);
    expect(written.map((e) => e.type)).toEqual([
      'exchange-program.published.v1',
      'exchange-program.window-closed.v1',
      'exchange-program.completed.v1',
    ]);
    expect(written[0]?.payload).toMatchObject({
      data: {
        exchangeProgramId: id,
        partnershipId: partnerships.active,
        memberProgramId: programId,
        season: 2027,
        category: 'youth-education',
        travelStart: '2027-07-01',
        applicationClosesAt: '2027-03-01T00:00:00.000Z',
        capacity: { member: 5, partner: 5 },
      },
    });
  });

  it('cancels a draft with its reason, and a published program announcing it', async () => {
    const draft = (await create()).body.id;
    expectProblem(await step(draft, 'cancel', tokens.admin, {}), 400, 'REQUEST.INVALID');
    expect((await step(draft, 'cancel', tokens.admin, { reason: 'no funding' })).body).toMatchObject({ status: 'cancelled', cancelReason: 'no funding' });
    expect(await events(draft)).toEqual([]);

    const published = (await create()).body.id;
    await step(published, 'publish');
    await step(published, 'cancel', tokens.staff, { reason: 'host families withdrew' });
    expect((await events(published)).map((e) => [e.type, e.payload.data.reason])).toEqual([
      ['exchange-program.published.v1', undefined],
      ['exchange-program.cancelled.v1', 'host families withdrew'],
    ]);
  });

  it('changes a published program within the rules and announces what changed', async () => {
    const id = (await create()).body.id;
    await step(id, 'publish');
    const path = `${MANAGE}/${id}`;
    const changed = await call(tokens.admin, 'PATCH', path, { capacity: { member: 8, partner: 5 }, title: 'Summer youth exchange 2027' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ capacity: { member: 8, partner: 5 }, revision: 3 });
    const unchanged = await call(tokens.admin, 'PATCH', path, { capacity: { member: 8, partner: 5 } });
    expect(unchanged.body.revision).toBe(3);
    const refused = await call(tokens.admin, 'PATCH', path, { capacity: { member: -1, partner: 5 } });
    expectProblem(refused, 400, 'REQUEST.INVALID');
    expect(fieldsOf(refused)).toEqual(['capacity.member:min']);
    const updates = (await events(id)).filter((e) => e.type === 'exchange-program.updated.v1');
    expect(updates.map((e) => e.payload.data.changed)).toEqual([['title', 'capacity']]);
  });

  it('names every invalid field of a program', async () => {
    const lateWindow = await create({ applicationClosesAt: '2027-07-02T00:00:00Z', decisionReleaseAt: null, offerResponseDeadline: null });
    expectProblem(lateWindow, 400, 'REQUEST.INVALID');
    expect(fieldsOf(lateWindow)).toEqual(['applicationClosesAt:before_travel_start']);
    const negative = await create({ capacity: { member: -2, partner: 5 } });
    expect(fieldsOf(negative)).toEqual(['capacity.member:min']);
    const ages = await create({ eligibility: { minAge: 19, maxAge: 18, residence: 'any' } });
    expect(fieldsOf(ages)).toEqual(['eligibility.minAge:not_above_max_age']);
    const oneWay = await create({ direction: 'to_partner' });
    expect(fieldsOf(oneWay)).toEqual(['capacity.partner:zero_for_direction']);
    expect(fieldsOf(await create({ category: 'sports' }))).toEqual(['body.category:invalid_value']);
  });

  it('refuses programs under partnerships that are not active', async () => {
    const proposed = await create({}, partnerships.proposed);
    expectProblem(proposed, 409, 'EXCHANGE_PROGRAM.PARTNERSHIP_NOT_ACTIVE');
    expect(proposed.body.detail).toContain('proposed');
    expectProblem(await create({}, uuidv7()), 404, 'EXCHANGE_PROGRAM.PARTNERSHIP_UNKNOWN');

    // A draft written while the partnership was active; then the partnership is suspended.
    const draft = (await create({}, partnerships.suspended)).body.id;
    const suspension = await call(tokens.staff, 'POST', `/v1/partnerships/${partnerships.suspended}/suspension`, { reason: 'elections' });
    expect(suspension.status).toBe(200);
    await knownAs(partnerships.suspended, 'suspended');
    const publish = await step(draft, 'publish');
    expectProblem(publish, 409, 'EXCHANGE_PROGRAM.PARTNERSHIP_NOT_ACTIVE');
    expect(publish.body.detail).toContain('suspended');
    expectProblem(await create({}, partnerships.suspended), 409, 'EXCHANGE_PROGRAM.PARTNERSHIP_NOT_ACTIVE');
    expect((await call(tokens.admin, 'GET', `${MANAGE}/${draft}`)).body.status).toBe('draft');

    // A draft under the proposed partnership (say imported): it cannot be published either.
    const imported = uuidv7();
    await exchangesDb.exchangeProgram.create({
      data: {
        id: imported, partnershipId: partnerships.proposed, memberProgramId: programId, memberCityId: MEMBER_CITY,
        partnerCityId: PROPOSED_PARTNER_CITY, season: 2027, category: 'arts-culture', title: 'Imported', description: '',
        languages: ['en'], direction: 'to_partner', travelStart: new Date('2027-07-01'), travelEnd: new Date('2027-07-10'),
        applicationOpensAt: new Date('2027-01-01T00:00:00Z'), applicationClosesAt: new Date('2027-03-01T00:00:00Z'),
        capacityMember: 3, capacityPartner: 0, costs: { amount: 0, currency: 'USD' },
        eligibility: { minAge: 18, maxAge: 99, residence: 'any', languages: [], requiredDocuments: [], maxApplicationsPerSeason: 1 },
      },
    });
    const refused = await step(imported, 'publish', tokens.staff);
    expectProblem(refused, 409, 'EXCHANGE_PROGRAM.PARTNERSHIP_NOT_ACTIVE');
    expect(refused.body.detail).toContain('proposed');
    expect(await events(imported)).toEqual([]);
  });

  it('hides programs from the admins of other member programs', async () => {
    const id = (await create()).body.id;
    expectProblem(await create({}, partnerships.active, tokens.otherAdmin), 404, 'EXCHANGE_PROGRAM.PARTNERSHIP_UNKNOWN');
    expect((await call(tokens.otherAdmin, 'GET', `${MANAGE}/${id}`)).status).toBe(404);
    expect((await step(id, 'publish', tokens.otherAdmin)).status).toBe(404);
    expect((await call(tokens.otherAdmin, 'PATCH', `${MANAGE}/${id}`, { title: 'Mine now' })).status).toBe(404);
    expect((await call(tokens.otherAdmin, 'GET', MANAGE)).body.items).toEqual([]);
    const mine = (await call(tokens.admin, 'GET', `${MANAGE}?status=draft&limit=100`)).body.items.map((p: { id: string }) => p.id);
    expect(mine).toContain(id);
    expect((await call(tokens.admin, 'GET', `${MANAGE}/${id}`)).body.status).toBe('draft');
    expect((await gateway.request('GET', `/v1/exchange-programs/${id}`)).status).toBe(404); // drafts are not public
  });

  it('serves the public catalogue with its filters', async () => {
    const youth = (await create({ title: 'Youth' })).body.id;
    const arts = (
      await create({
        title: 'Arts',
        category: 'arts-culture',
        languages: ['de'],
        direction: 'to_partner',
        capacity: { member: 3, partner: 0 },
        travelStart: '2027-09-01',
        travelEnd: '2027-09-10',
        eligibility: { minAge: 20, maxAge: 30, residence: 'any' },
      })
    ).body.id;
    const closed = (await create({ title: 'Closed early' })).body.id;
    const draft = (await create({ title: 'Draft' })).body.id;
    for (const id of [youth, arts, closed]) expect((await step(id, 'publish')).status).toBe(200);
    await step(closed, 'close');

    const search = async (query: string) => {
      const response = await gateway.request('GET', `/v1/exchange-programs${query}`);
      expect(response.status).toBe(200);
      return response.body.items.map((p: { id: string }) => p.id).filter((id: string) => [youth, arts, closed, draft].includes(id));
    };
    expect(await search('?limit=100')).toEqual([youth, arts]);
    expect(await search('?category=arts-culture')).toEqual([arts]);
    expect(await search('?language=fr')).toEqual([youth]);
    expect(await search('?age=16')).toEqual([youth]);
    expect(await search('?age=25')).toEqual([arts]);
    expect(await search('?age=40')).toEqual([]);
    expect(await search(`?city=${PARTNER_CITY}&limit=100`)).toEqual([youth, arts]);
    expect(await search(`?city=${MEMBER_CITY}&limit=100`)).toEqual([youth, arts]);
    expect(await search(`?city=${OTHER_MEMBER_CITY}`)).toEqual([]);
    // The active partnership links a US city (member) and a French one (partner): either country matches.
    expect(await search('?country=US&limit=100')).toEqual([youth, arts]);
    expect(await search('?country=FR&limit=100')).toEqual([youth, arts]);
    expect(await search('?country=JP&limit=100')).toEqual([]);
    expectProblem(await gateway.request('GET', '/v1/exchange-programs?country=USA'), 400, 'REQUEST.INVALID');
    expect(await search('?travelFrom=2027-08-01')).toEqual([arts]);
    expect(await search('?travelFrom=2027-06-01&travelTo=2027-07-31&limit=100')).toEqual([youth]);

    const first = await gateway.request('GET', `/v1/exchange-programs?city=${OTHER_MEMBER_CITY}&limit=1`);
    expect(first.body).toEqual({ items: [], nextCursor: null });
    expectProblem(await gateway.request('GET', '/v1/exchange-programs?limit=101'), 400, 'REQUEST.INVALID');
    expectProblem(await gateway.request('GET', '/v1/exchange-programs?cursor=bogus'), 400, 'REQUEST.INVALID');

    const shown = await gateway.request('GET', `/v1/exchange-programs/${arts}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ id: arts, status: 'published', direction: 'to_partner', capacity: { member: 3, partner: 0 } });
    expect(shown.body).toMatchObject({ memberCountryCode: 'US', partnerCountryCode: 'FR' });
    expect(shown.body).not.toHaveProperty('memberProgramId');
    expect(shown.body).not.toHaveProperty('history');
  });

  it('counts programs by category for the public statistics: in the catalogue now, and held', async () => {
    const figures = async () => {
      const response = await gateway.request('GET', '/v1/exchange-programs/statistics');
      expect(response.status).toBe(200);
      const rows = response.body.byCategory as Array<{ category: string; inCatalogue: number; held: number }>;
      expect(rows.map((row) => row.category)).toEqual(['youth-education', 'arts-culture', 'business-trade', 'humanitarian-municipal', 'professional-technical']);
      return rows.find((row) => row.category === 'business-trade');
    };
    const before = await figures();
    const open = (await create({ title: 'Open', category: 'business-trade' })).body.id;
    const allocated = (await create({ title: 'Allocated', category: 'business-trade' })).body.id;
    await create({ title: 'Still a draft', category: 'business-trade' });
    for (const id of [open, allocated]) expect((await step(id, 'publish')).status).toBe(200);
    expect((await step(allocated, 'close')).status).toBe(200);
    expect((await step(allocated, 'allocate')).status).toBe(200);
    // Anyone may read them (no token); a draft counts nowhere, a closed program leaves the catalogue.
    expect(await figures()).toEqual({ category: 'business-trade', inCatalogue: before!.inCatalogue + 1, held: before!.held + 1 });
  });

  it('pages through the catalogue', async () => {
    const ids: string[] = [];
    for (const day of ['2027-06-10', '2027-06-11', '2027-06-12']) {
      const id = (await create({ title: `Paged ${day}`, category: 'professional-technical', travelStart: day, travelEnd: day })).body.id;
      await step(id, 'publish');
      ids.push(id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query = `?category=professional-technical&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page: TestResponse = await gateway.request('GET', `/v1/exchange-programs${query}`);
      seen.push(...page.body.items.map((p: { id: string }) => p.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });

  it('pauses a program by hand with a note, which only a manager lifts, and announces both', async () => {
    const id = (await create({ title: 'Paused by hand', category: 'arts-culture' })).body.id;
    await step(id, 'publish');
    expectProblem(await step(id, 'pause', tokens.admin, {}), 400, 'REQUEST.INVALID');
    expect(fieldsOf(await step(id, 'pause', tokens.admin, { note: '' }))).toEqual(['body.note:too_small']);
    expectProblem(await step(id, 'pause', tokens.otherAdmin, { note: 'not mine' }), 404, 'EXCHANGE_PROGRAM.NOT_FOUND');

    const paused = await step(id, 'pause', tokens.admin, { note: 'venue flooded' });
    expect(paused.status).toBe(200);
    const cause = { code: 'paused-by-manager', by: expect.any(String), note: 'venue flooded' };
    expect(paused.body).toMatchObject({ paused: true, pauseCause: cause, pauseReason: 'venue flooded' });
    expect(paused.body.history[0]).toMatchObject({ action: 'paused', actorId: paused.body.pauseCause.by, details: { cause } });
    const inCatalogue = async () =>
      (await gateway.request('GET', '/v1/exchange-programs?category=arts-culture')).body.items.map((p: { id: string }) => p.id);
    expect(await inCatalogue()).not.toContain(id);
    // Pausing again changes nothing: the first note stays.
    const again = await step(id, 'pause', tokens.staff, { note: 'second thoughts' });
    expect(again.body).toMatchObject({ pauseCause: { note: 'venue flooded' }, revision: paused.body.revision });

    const resumed = await step(id, 'resume', tokens.staff);
    expect(resumed.body).toMatchObject({ paused: false, pauseCause: null, history: [{ action: 'resumed' }, {}, {}, {}] });
    expect(await inCatalogue()).toContain(id);
    expect((await step(id, 'resume', tokens.staff)).body.revision).toBe(resumed.body.revision);

    expect((await events(id)).map((e) => [e.type, e.payload.data['cause']])).toEqual([
      ['exchange-program.published.v1', undefined],
      ['exchange-program.paused.v1', cause],
      ['exchange-program.resumed.v1', undefined],
    ]);

    await step(id, 'cancel', tokens.staff, { reason: 'no hosts' });
    expectProblem(await step(id, 'pause', tokens.admin, { note: 'too late' }), 409, 'EXCHANGE_PROGRAM.ILLEGAL_TRANSITION');
  });

  it('leaves a program its suspended partnership paused to the reactivation', async () => {
    const runner = backendApp(1).get(ExchangeProgramCommandRunner);
    const id = (await create()).body.id;
    await step(id, 'publish');
    await runner.changeAsService(id, (program) => program.pause({ code: 'partnership-suspended', by: null, note: 'elections' }));
    expectProblem(await step(id, 'resume', tokens.admin), 409, 'EXCHANGE_PROGRAM.PAUSED_BY_PARTNERSHIP');
    expect((await call(tokens.admin, 'GET', `${MANAGE}/${id}`)).body).toMatchObject({ paused: true, pauseCause: { code: 'partnership-suspended' } });
  });

  it('lets the service itself pause, resume and open the window (for the scheduler and the partnership reactions)', async () => {
    const runner = backendApp(1).get(ExchangeProgramCommandRunner);
    const id = (await create({ title: 'Paused one', category: 'humanitarian-municipal' })).body.id;
    await step(id, 'publish');
    const inCatalogue = async () =>
      (await gateway.request('GET', '/v1/exchange-programs?category=humanitarian-municipal')).body.items.map((p: { id: string }) => p.id);
    expect(await inCatalogue()).toEqual([id]);

    const cause = { code: 'partnership-suspended', by: null, note: 'elections' } as const;
    const paused = await runner.changeAsService(id, (program) => program.pause(cause));
    expect(paused).toMatchObject({
      paused: true,
      pauseCause: cause,
      pauseReason: 'elections',
      history: [{ action: 'paused', actorId: null, details: { cause } }, {}, {}],
    });
    // Already paused: nothing happens, the first cause stays.
    const again = await runner.changeAsService(id, (program) => program.pause({ code: 'paused-by-manager', by: null, note: 'again' }));
    expect(again).toMatchObject({ pauseCause: cause, revision: paused.revision });
    expect(await inCatalogue()).toEqual([]);
    await runner.changeAsService(id, (program) => program.resume());
    expect(await inCatalogue()).toEqual([id]);
    await runner.changeAsService(id, (program) => program.openWindow(new Date('2026-12-01T00:00:00Z'))); // not yet due
    const opened = await runner.changeAsService(id, (program) => program.openWindow(new Date('2027-01-01T00:00:00Z')));
    expect(opened.windowOpenedAt).toBe('2027-01-01T00:00:00.000Z');

    expect((await events(id)).map((e) => e.type)).toEqual([
      'exchange-program.published.v1',
      'exchange-program.paused.v1',
      'exchange-program.resumed.v1',
      'exchange-program.window-opened.v1',
    ]);
  });
});

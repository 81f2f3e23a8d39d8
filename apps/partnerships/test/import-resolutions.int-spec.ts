import type { PrismaClient as ExchangesDb } from '@scn-prisma/exchanges';
import type { PrismaClient as NotificationsDb } from '@scn-prisma/notifications';
import type { PrismaClient as PartnershipsDb } from '@scn-prisma/partnerships';
import { DATABASE } from '@scn/platform';
import { waitFor as waitUntil } from '@scn/testing';
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';
import { finishImport, importReport, IMPORTS, stopImportPlatform, type ReportedRow } from './import-client';

// People settle the rows an import reports (issue #14, item 2): through the gateway, against
// the real PostgreSQL (the GeoNames gazetteer of the test template), JetStream and Redis,
// with the exchanges and notifications services behind it to see what the events tell them.

const waitFor = (what: string, probe: () => Promise<boolean>) => waitUntil(what, probe, { timeoutMs: 120_000, intervalMs: 200 });

const MALMO = 'gn:2692969';
const SPRINGFIELD_IL = 'gn:4250542';
const HALLE_SAALE = 'gn:2911522';
const LYON = 'gn:2996944';

const FILE = [
  'city1,country1,city2,country2',
  // 2: ambiguous (several Springfields, nothing tells which): a person chooses.
  'Springfield,United States,Malmö,Sweden',
  // 3: both sides ambiguous: settled in one call.
  'Springfield,United States,Springfield,United States',
  // 4: no place of the name: a person adds the city.
  'Nowhereville,France,Malmö,Sweden',
  // 5: a country nobody knows: dismissed.
  'Atlantis City,Atlantis,Lyon,France',
  // 6: Halle chosen among several by the import (noted): corrected to another Halle.
  'Halle,Germany,Lyon,France',
  // 7: loaded as it was: not in the report.
  'Malmö,Sweden,Lyon,France',
].join('\n');

interface Settled extends ReportedRow {
  settlement: {
    state: 'open' | 'loaded' | 'dismissed';
    by: string | null;
    at: string | null;
    memberCityId: string | null;
    partnerCityId: string | null;
    partnershipId: string | null;
    created: boolean | null;
    addedCityIds: string[];
    reason: string | null;
    corrections: Array<{ side: string; fromCityId: string; toCityId: string; by: string | null; reason: string | null }>;
  };
}

describe('people settle the rows an import reports: choose a candidate, add a city, dismiss, correct', () => {
  let gateway: GatewayUnderTest;
  let db: PartnershipsDb;
  let exchanges: ExchangesDb;
  let notifications: NotificationsDb;
  let token: string;
  let staffId: string;
  let importId: string;
  let report: Settled[];

  const row = (rowNumber: number) => `${IMPORTS}/${importId}/rows/${rowNumber}`;
  const resolve = (rowNumber: number, body: unknown) => gateway.request('POST', `${row(rowNumber)}/resolution`, { token, body });
  const correct = (rowNumber: number, body: unknown) => gateway.request('POST', `${row(rowNumber)}/correction`, { token, body });
  /** What settling writes: partnerships, history lines, cities, events (the import's completion left out). */
  const counts = async () => {
    const [found] = await db.$queryRawUnsafe<Array<Record<string, number>>>(
      `SELECT (SELECT count(*)::int FROM partnerships) AS partnerships,
              (SELECT count(*)::int FROM partnership_changes) AS changes,
              (SELECT count(*)::int FROM cities) AS cities,
              (SELECT count(*)::int FROM outbox_events WHERE type <> 'partnership-import.completed.v1') AS events`,
    );
    return found!;
  };
  const eventsOf = (partnershipId: string) =>
    db.$queryRawUnsafe<Array<{ type: string; data: Record<string, unknown> }>>(
      `SELECT type, payload->'data' AS data FROM outbox_events WHERE aggregate = $1 ORDER BY seq`,
      partnershipId,
    );
  const reported = (rowNumber: number) => report.find((candidate) => candidate.rowNumber === rowNumber)!;

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ withPartnerships: true, withExchanges: true, withNotifications: true });
    db = gateway.backends[0]!.service.app.get<PartnershipsDb>(DATABASE);
    exchanges = gateway.backends[1]!.service.app.get<ExchangesDb>(DATABASE);
    notifications = gateway.backends[2]!.service.app.get<NotificationsDb>(DATABASE);
    const session = await gateway.login();
    token = session.accessToken;
    staffId = session.caller.accountId;
    await waitFor('the notifications service to know the staff account', async () => (await notifications.recipient.findFirst({ where: { accountId: staffId } })) !== null);
    const started = await gateway.request('POST', `${IMPORTS}?fileName=to-settle.csv`, { token, body: FILE, headers: { 'content-type': 'text/csv' } });
    expect(started.status).toBe(202);
    const done = await finishImport(gateway, token, started.body.id);
    expect(done).toMatchObject({ status: 'completed', totalRows: 6, createdCount: 2, unmatchedCount: 4 });
    importId = done.id;
    report = (await importReport(gateway, token, importId)) as Settled[];
  }, 180_000);
  afterAll(() => stopImportPlatform(gateway));

  it('lists the reported rows with their candidates and where each stands; state=open lists what is left to settle', async () => {
    expect(report.map((line) => [line.rowNumber, line.kind, line.settlement.state])).toEqual([
      [2, 'unmatched', 'open'],
      [3, 'unmatched', 'open'],
      [4, 'unmatched', 'open'],
      [5, 'unmatched', 'open'],
      [6, 'noted', 'loaded'],
    ]);
    expect(reported(2).candidates).toEqual([expect.objectContaining({ column: 'city1', chosenCityId: null })]);
    expect(reported(3).candidates!.map((side) => side.column)).toEqual(['city1', 'city2']);
    expect(reported(6).settlement).toMatchObject({ state: 'loaded', by: null, memberCityId: HALLE_SAALE, partnerCityId: LYON, corrections: [] });
    const open = (await importReport(gateway, token, importId, '&state=open')).map((line) => line.rowNumber);
    expect(open).toEqual([2, 3, 4, 5]);
  });

  it('refuses what cannot settle a row, with stable codes', async () => {
    const before = await counts();
    const problem = async (response: Awaited<ReturnType<typeof resolve>>) => ({ status: response.status, code: response.body?.code });
    const choose = (cityId: string, side = 'member') => ({ action: 'load', sides: [{ action: 'choose', side, cityId }] });
    expect(await problem(await gateway.request('POST', `${IMPORTS}/0190a000-0000-7000-8000-00000000dead/rows/2/resolution`, { token, body: choose(SPRINGFIELD_IL) }))).toEqual({
      status: 404,
      code: 'IMPORT.NOT_FOUND',
    });
    // Row 7 was loaded as it was: the import reports no such row.
    expect(await problem(await resolve(7, choose(SPRINGFIELD_IL)))).toEqual({ status: 404, code: 'IMPORT.ROW_NOT_FOUND' });
    // Row 6 was loaded by the import (a city chosen among several): nothing to settle; it is corrected instead.
    expect(await problem(await resolve(6, choose(HALLE_SAALE)))).toEqual({ status: 409, code: 'IMPORT.ROW_NOT_UNMATCHED' });
    // Lyon is not a Springfield.
    expect(await problem(await resolve(2, choose(LYON)))).toEqual({ status: 400, code: 'IMPORT.NOT_A_CANDIDATE' });
    // The partner side (Malmö) was matched: no city for it; the member side needs one.
    const sides = await resolve(2, choose(MALMO, 'partner'));
    expect(await problem(sides)).toEqual({ status: 400, code: 'IMPORT.SIDES_MISMATCH' });
    expect(sides.body.detail).toContain('the member side (city1) needs a city');
    expect(sides.body.detail).toContain('the partner side (city2) was matched by the import');
    // Row 4's side has no candidates: only a city added settles it.
    expect(await problem(await resolve(4, choose(LYON)))).toEqual({ status: 400, code: 'IMPORT.NOT_A_CANDIDATE' });
    // Bad city data: refused by validation; a city the gazetteer has (Lyon, at Lyon) is refused naming it.
    const badPoint = await resolve(4, { action: 'load', sides: [{ action: 'add-city', side: 'member', city: { name: 'Nowhereville', countryCode: 'FR', latitude: 123, longitude: 4 } }] });
    expect(badPoint.status).toBe(400);
    const lyonAgain = await resolve(4, { action: 'load', sides: [{ action: 'add-city', side: 'member', city: { name: 'Lyon', countryCode: 'FR', latitude: 45.75, longitude: 4.85 } }] });
    expect(await problem(lyonAgain)).toEqual({ status: 409, code: 'CITY.DUPLICATE' });
    expect(await problem(await resolve(2, { action: 'maybe' }))).toMatchObject({ status: 400 });
    expect(await counts()).toEqual(before);
  });

  it('loads a row on the candidate chosen, announced as new; the same resolution again changes nothing; another one is a 409', async () => {
    const before = await counts();
    const body = { action: 'load', sides: [{ action: 'choose', side: 'member', cityId: SPRINGFIELD_IL }] };
    const first = await resolve(2, body);
    expect(first.status).toBe(200);
    expect(first.body.settlement).toMatchObject({ state: 'loaded', by: staffId, memberCityId: SPRINGFIELD_IL, partnerCityId: MALMO, created: true, addedCityIds: [] });
    const partnershipId = first.body.settlement.partnershipId as string;
    const partnership = await db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, include: { history: true, versions: true } });
    expect(partnership).toMatchObject({ status: 'active', inForceVersion: 1, importKey: [MALMO, SPRINGFIELD_IL].sort().join('|') });
    expect(partnership.history).toEqual([expect.objectContaining({ action: 'imported', actorId: staffId, details: expect.objectContaining({ importId, rowNumber: 2, settledBy: staffId }) })]);
    // The same event as for any imported row, but news: no `imported` flag.
    const events = await eventsOf(partnershipId);
    expect(events).toEqual([{ type: 'partnership.activated.v1', data: expect.objectContaining({ partnershipId, memberCityId: expect.any(String), firstSigning: true }) }]);
    expect(events[0]!.data).not.toHaveProperty('imported');
    const after = await counts();
    expect(after).toEqual({ ...before, partnerships: before.partnerships! + 1, changes: before.changes! + 1, events: before.events! + 1 });

    // Again, twice at once: the same answer, nothing written.
    const [again, andAgain] = await Promise.all([resolve(2, body), resolve(2, body)]);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(andAgain.body).toEqual(first.body);
    expect(await counts()).toEqual(after);
    // Settled otherwise: refused, saying how it was settled.
    const dismiss = await resolve(2, { action: 'dismiss', reason: 'Not ours' });
    expect({ status: dismiss.status, code: dismiss.body.code }).toEqual({ status: 409, code: 'IMPORT.ROW_ALREADY_SETTLED' });
    expect(dismiss.body.detail).toContain(partnershipId);

    // News reaches the others: the exchanges service learns it, staff are told of it (an imported row tells nobody).
    await waitFor('the exchanges service to know the settled partnership', async () => (await exchanges.knownPartnership.count({ where: { id: partnershipId } })) === 1);
    await waitFor('the activation notice of the settled row', async () =>
      (await notifications.notification.count({ where: { type: 'partnership.activated', payload: { path: ['partnershipId'], equals: partnershipId } } })) > 0,
    );
  }, 180_000);

  it('settles a row whose two sides need a city in one call, once, under two requests at once', async () => {
    const candidates = reported(3).candidates!;
    const [city1, city2] = candidates.map((side) => side.cities.map((city) => city.cityId));
    const memberId = city1![0]!;
    const partnerId = city2!.find((id) => id !== memberId)!;
    const body = {
      action: 'load',
      sides: [
        { action: 'choose', side: 'partner', cityId: partnerId },
        { action: 'choose', side: 'member', cityId: memberId },
      ],
    };
    const before = await counts();
    const [a, b] = await Promise.all([resolve(3, body), resolve(3, body)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body).toEqual(b.body);
    expect(a.body.settlement).toMatchObject({ state: 'loaded', memberCityId: memberId, partnerCityId: partnerId, created: true });
    expect(await counts()).toEqual({ ...before, partnerships: before.partnerships! + 1, changes: before.changes! + 1, events: before.events! + 1 });
    // The sides in another order are the same resolution.
    const reordered = await resolve(3, { ...body, sides: [...body.sides].reverse() });
    expect(reordered.body).toEqual(a.body);
  });

  it('loads a row on a city a person adds to the gazetteer, as staff add cities', async () => {
    const before = await counts();
    const body = {
      action: 'load',
      sides: [{ action: 'add-city', side: 'member', city: { name: 'Nowhereville', countryCode: 'FR', regionCode: '84', latitude: 45.1, longitude: 4.2, population: 1200 } }],
    };
    const settled = await resolve(4, body);
    expect(settled.status).toBe(200);
    const [added] = settled.body.settlement.addedCityIds as string[];
    expect(added).toMatch(/^staff:/);
    expect(await db.city.findUnique({ where: { id: added! } })).toMatchObject({ name: 'Nowhereville', countryCode: 'FR', source: 'staff', population: 1200, timeZone: 'Europe/Paris' });
    expect(settled.body.settlement).toMatchObject({ state: 'loaded', memberCityId: added, partnerCityId: MALMO, created: true });
    const after = await counts();
    expect(after).toEqual({ ...before, partnerships: before.partnerships! + 1, changes: before.changes! + 1, events: before.events! + 1, cities: before.cities! + 1 });
    // Again: the city is not added twice, nothing is written.
    expect((await resolve(4, body)).body).toEqual(settled.body);
    expect(await counts()).toEqual(after);
  });

  it('dismisses a row: nothing loaded, the row stays dismissed', async () => {
    const before = await counts();
    const dismissed = await resolve(5, { action: 'dismiss', reason: 'Atlantis is not a country' });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body.settlement).toMatchObject({ state: 'dismissed', by: staffId, reason: 'Atlantis is not a country', partnershipId: null });
    expect((await resolve(5, { action: 'dismiss', reason: 'Atlantis is not a country' })).body).toEqual(dismissed.body);
    expect(await counts()).toEqual(before);
    const loading = await resolve(5, { action: 'load', sides: [{ action: 'add-city', side: 'member', city: { name: 'Atlantis City', countryCode: 'GR', latitude: 36.4, longitude: 25.4 } }] });
    expect({ status: loading.status, code: loading.body.code }).toEqual({ status: 409, code: 'IMPORT.ROW_ALREADY_SETTLED' });
    expect((await importReport(gateway, token, importId, '&state=dismissed')).map((line) => line.rowNumber)).toEqual([5]);
    expect((await importReport(gateway, token, importId, '&state=open')).map((line) => line.rowNumber)).toEqual([]);
    // Nothing to correct on a dismissed row.
    const correction = await correct(5, { side: 'member', cityId: LYON });
    expect({ status: correction.status, code: correction.body.code }).toEqual({ status: 409, code: 'IMPORT.ROW_NOT_LOADED' });
  });

  it('corrects a city chosen wrongly: the partnership moves, its history keeps from → to and who, an event tells the others', async () => {
    const otherHalle = reported(6).candidates![0]!.cities.map((city) => city.cityId).find((id) => id !== HALLE_SAALE)!;
    const partnership = await db.partnership.findFirstOrThrow({ where: { importKey: [HALLE_SAALE, LYON].sort().join('|') } });
    await waitFor('the exchanges service to know the imported partnership', async () => (await exchanges.knownPartnership.count({ where: { id: partnership.id } })) === 1);
    const before = await counts();
    const corrected = await correct(6, { side: 'member', cityId: otherHalle, reason: 'The list means Halle (Westf.)' });
    expect(corrected.status).toBe(200);
    expect(corrected.body.settlement).toMatchObject({
      state: 'loaded',
      memberCityId: otherHalle,
      partnerCityId: LYON,
      partnershipId: partnership.id,
      corrections: [{ side: 'member', fromCityId: HALLE_SAALE, toCityId: otherHalle, by: staffId, reason: 'The list means Halle (Westf.)' }],
    });
    const moved = await db.partnership.findUniqueOrThrow({ where: { id: partnership.id }, include: { history: { orderBy: { at: 'asc' } } } });
    const side = partnership.memberCityId === HALLE_SAALE ? 'member' : 'partner';
    expect(side === 'member' ? moved.memberCityId : moved.partnerCityId).toBe(otherHalle);
    expect(moved.importKey).toBe([otherHalle, LYON].sort().join('|'));
    expect(moved.history.map((line) => line.action)).toEqual(['imported', 'city-corrected']);
    expect(moved.history[1]).toMatchObject({ actorId: staffId, details: { side, fromCityId: HALLE_SAALE, toCityId: otherHalle, importId, rowNumber: 6 } });
    const events = await eventsOf(partnership.id);
    expect(events.at(-1)).toEqual({
      type: 'partnership.city-corrected.v1',
      data: expect.objectContaining({ partnershipId: partnership.id, side, fromCityId: HALLE_SAALE, toCityId: otherHalle, [`${side}CityId`]: otherHalle }),
    });
    expect(await counts()).toEqual({ ...before, changes: before.changes! + 1, events: before.events! + 1 });
    // The services that follow partnerships learn the move (the exchanges' known partnership).
    await waitFor('the exchanges service to learn the move', async () => {
      const known = await exchanges.knownPartnership.findUnique({ where: { id: partnership.id } });
      return (side === 'member' ? known?.memberCityId : known?.partnerCityId) === otherHalle;
    });
    // The same correction again changes nothing; a move onto a pair that has a partnership is refused.
    expect((await correct(6, { side: 'member', cityId: otherHalle, reason: 'The list means Halle (Westf.)' })).body).toEqual(corrected.body);
    expect(await counts()).toEqual({ ...before, changes: before.changes! + 1, events: before.events! + 1 });
    const onto = await correct(2, { side: 'member', cityId: LYON });
    expect({ status: onto.status, code: onto.body.code }).toEqual({ status: 409, code: 'IMPORT.PAIR_EXISTS' });
  }, 180_000);
});

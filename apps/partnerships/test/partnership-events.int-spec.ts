import type { PrismaClient } from '@scn-prisma/partnerships';
import { eventStream, type CallerIdentity, type EventEnvelope } from '@scn/contracts';
import type { RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { createTestDatabase, NatsTestServer, startTestService, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import { connect, type NatsConnection } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { AmendTermsHandler } from '../src/partnerships/commands/amend-terms/amend-terms.handler';
import { ApproveAgreementHandler } from '../src/partnerships/commands/approve-agreement/approve-agreement.handler';
import { ApproveTerminationHandler } from '../src/partnerships/commands/approve-termination/approve-termination.handler';
import { ProposePartnershipHandler } from '../src/partnerships/commands/propose-partnership/propose-partnership.handler';
import { ProposeTerminationHandler } from '../src/partnerships/commands/propose-termination/propose-termination.handler';
import { ReactivatePartnershipHandler } from '../src/partnerships/commands/reactivate-partnership/reactivate-partnership.handler';
import { RevertAmendmentHandler } from '../src/partnerships/commands/revert-amendment/revert-amendment.handler';
import { SetContactsHandler } from '../src/partnerships/commands/set-contacts/set-contacts.handler';
import { SuspendPartnershipHandler } from '../src/partnerships/commands/suspend-partnership/suspend-partnership.handler';
import { partnershipsService } from '../src/partnerships.service-definition';

// Each partnership.* event is published exactly once per change, in order per partnership,
// even when NATS is down while the changes are made (they wait in the outbox).

const MEMBER_CITY = 'gn:990000201';
const PARTNER_CITY = 'gn:990000202';
const OTHER_PARTNER_CITY = 'gn:990000203';
const STAFF: CallerIdentity = { accountId: uuidv7(), email: 'staff@test.scn', grants: [{ role: 'network-staff', scopeIds: [] }] };
const terms = (text: string) => ({ title: 'Agreement', kind: 'sister_city' as const, focusAreas: ['arts-culture' as const], text, commitments: [] });
const signature = (side: 'member' | 'partner', version: number, termsHash: string) => ({
  version,
  termsHash,
  side,
  signatoryName: `${side} mayor`,
  signatoryOffice: 'Mayor',
  signedOn: '2026-01-15',
});

describe('partnership events while NATS is down', () => {
  let nats: NatsTestServer;
  let database: TestDatabase;
  let service: RunningService;
  let reader: NatsConnection | undefined;
  const namespace = testNamespace();
  const programId = uuidv7();

  const use = <T>(type: new (...args: never[]) => T): T => service.app.get(type);

  beforeAll(async () => {
    // A NATS server of this test's own: stopping it disturbs nobody else.
    nats = await NatsTestServer.start();
    database = await createTestDatabase('partnerships');
    service = await startTestService(partnershipsService, { namespace, databaseUrl: database.url, natsUrl: nats.url });
    const db = service.app.get<PrismaClient>(DATABASE);
    for (const [id, countryCode] of [
      [MEMBER_CITY, 'US'],
      [PARTNER_CITY, 'DE'],
      [OTHER_PARTNER_CITY, 'MX'],
    ] as const) {
      const row = { id, name: id, searchName: id, altNames: [], countryCode, latitude: 0, longitude: 0, source: 'test' };
      await db.city.upsert({ where: { id }, create: row, update: row });
    }
    await db.memberProgram.create({ data: { id: programId, name: 'Program', cityId: MEMBER_CITY } });
  });

  afterAll(async () => {
    await nats.resume().catch(() => undefined);
    await reader?.close();
    await service?.app.close();
    await database?.drop();
    await nats?.dispose();
  });

  it('publishes each event exactly once, in order per partnership, after NATS comes back', async () => {
    const approve = use(ApproveAgreementHandler);
    const proposeHandler = use(ProposePartnershipHandler);
    const propose = (partnerCityId: string) => proposeHandler.execute({ memberProgramId: programId, partnerCityId, terms: terms('v1'), memberContacts: [], partnerContacts: [] }, STAFF);
    const signBoth = async (partnershipId: string, version: number, hash: string) => {
      await approve.execute({ partnershipId, ...signature('member', version, hash), documentRef: undefined }, STAFF);
      return approve.execute({ partnershipId, ...signature('partner', version, hash), documentRef: undefined }, STAFF);
    };

    // While NATS is up: propose and sign.
    const a = await propose(PARTNER_CITY);
    await signBoth(a.id, 1, a.versions[0]?.termsHash ?? '');
    await waitFor('the first events to leave the outbox', async () => (await unpublished()) === 0, { timeoutMs: 15_000 });

    await nats.stop();
    // Commands keep working: they only write the database and the outbox.
    const id = a.id;
    await use(AmendTermsHandler).execute({ partnershipId: id, terms: terms('v2') }, STAFF);
    await use(RevertAmendmentHandler).execute({ partnershipId: id }, STAFF);
    const v3 = await use(AmendTermsHandler).execute({ partnershipId: id, terms: terms('v3') }, STAFF);
    await signBoth(id, 3, v3.versions[0]?.termsHash ?? '');
    await use(SuspendPartnershipHandler).execute({ partnershipId: id, reason: 'elections' }, STAFF);
    await use(ReactivatePartnershipHandler).execute({ partnershipId: id }, STAFF);
    const contacts = [{ name: 'Kim', email: 'kim@example.de' }];
    await use(SetContactsHandler).execute({ partnershipId: id, side: 'partner', contacts }, STAFF);
    // The same contacts again change nothing, so no event.
    await use(SetContactsHandler).execute({ partnershipId: id, side: 'partner', contacts }, STAFF);
    await use(ProposeTerminationHandler).execute({ partnershipId: id, side: 'member', reason: 'ended', immediately: false }, STAFF);
    await use(ApproveTerminationHandler).execute({ partnershipId: id, side: 'partner' }, STAFF);
    // A refused command writes nothing.
    await expect(use(SuspendPartnershipHandler).execute({ partnershipId: id, reason: 'x' }, STAFF)).rejects.toMatchObject({
      code: 'PARTNERSHIP.ILLEGAL_TRANSITION',
    });
    const b = await propose(OTHER_PARTNER_CITY);
    await use(ProposeTerminationHandler).execute({ partnershipId: b.id, side: 'partner', reason: 'withdrawn', immediately: false }, STAFF);

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await unpublished()).toBe(13);

    await nats.resume();
    const expected = {
      [a.id]: [
        'partnership.proposed.v1',
        'partnership.approved.v1',
        'partnership.approved.v1',
        'partnership.activated.v1',
        'partnership.terms-amended.v1',
        'partnership.amendment-reverted.v1',
        'partnership.terms-amended.v1',
        'partnership.approved.v1',
        'partnership.approved.v1',
        'partnership.activated.v1',
        'partnership.suspended.v1',
        'partnership.reactivated.v1',
        'partnership.contact-changed.v1',
        'partnership.termination-proposed.v1',
        'partnership.terminated.v1',
      ],
      [b.id]: ['partnership.proposed.v1', 'partnership.terminated.v1'],
    };
    const total = Object.values(expected).flat().length;
    const nc = await connect({ servers: nats.url });
    reader = nc;
    const published = await waitFor(
      'every event on the stream',
      async () => {
        const events = await streamEvents(nc);
        return events.length >= total && (await unpublished()) === 0 ? events : undefined;
      },
      { timeoutMs: 30_000 },
    );
    // A little longer: a late duplicate would show up now.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const events = await streamEvents(nc);
    expect(events).toHaveLength(published.length);

    const ids = events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    const outboxIds = await service.app
      .get<PrismaClient>(DATABASE)
      .$queryRawUnsafe<Array<{ id: string }>>('SELECT id::text AS id FROM outbox_events ORDER BY seq');
    expect(ids.sort()).toEqual(outboxIds.map((row) => row.id).sort());
    for (const [partnershipId, types] of Object.entries(expected)) {
      const ofPartnership = events.filter((event) => event.subject === partnershipId);
      expect(ofPartnership.map((event) => event.type)).toEqual(types);
      expect(ofPartnership.every((event) => (event.data as { partnershipId: string }).partnershipId === partnershipId)).toBe(true);
    }
    // Every event names both cities' countries, whatever command raised it.
    const countries = { [a.id]: 'US-DE', [b.id]: 'US-MX' };
    const countriesOf = (data: unknown) => {
      const { memberCountryCode, partnerCountryCode } = data as { memberCountryCode: string; partnerCountryCode: string };
      return `${memberCountryCode}-${partnerCountryCode}`;
    };
    expect(events.filter((event) => countriesOf(event.data) !== countries[event.subject])).toEqual([]);
    // …and their names and the agreement's title, for messages about it.
    expect(events.filter((event) => !(event.data as { memberCityName?: string }).memberCityName || !(event.data as { title?: string }).title)).toEqual([]);
    const activations = events.filter((event) => event.subject === a.id && event.type === 'partnership.activated.v1');
    expect(activations.map((event) => (event.data as { version: number; firstSigning: boolean }))).toEqual([
      expect.objectContaining({ version: 1, firstSigning: true }),
      expect.objectContaining({ version: 3, firstSigning: false }),
    ]);
  });

  async function unpublished(): Promise<number> {
    const [row] = await service.app
      .get<PrismaClient>(DATABASE)
      .$queryRawUnsafe<Array<{ count: number }>>('SELECT count(*)::int AS count FROM outbox_events WHERE published_at IS NULL');
    return row?.count ?? -1;
  }

  /** Every message of the partnerships event stream, in stream order. */
  async function streamEvents(nc: NatsConnection): Promise<EventEnvelope[]> {
    const jsm = await nc.jetstreamManager();
    const stream = eventStream(namespace, 'partnerships').name;
    const info = await jsm.streams.info(stream);
    const events: EventEnvelope[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
      const message = await jsm.streams.getMessage(stream, { seq });
      events.push(message.json<EventEnvelope>());
    }
    return events;
  }
});

import type { PrismaClient as ExchangesDb } from '@scn-prisma/exchanges';
import { durableConsumerName, eventStream, HEADERS, type EventEnvelope } from '@scn/contracts';
import type { ManagedNatsConnection, RpcClient, RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import { headers as natsHeaders } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { KnownPartnerships } from '../src/known-partnerships/infra/known-partnerships.reader';
import {
  AGREEMENT_TERMS,
  STAFF,
  startExchanges,
  startPartnershipsAndExchanges,
  stopPartnershipsAndExchanges,
} from './partnerships-and-exchanges.fixture';

// The exchanges service's read model of partnerships follows the partnerships service's
// events over JetStream, catches up after being down, and applies each event once.

const MEMBER_CITY = 'gn:990000301';
const PARTNER_CITY = 'gn:990000302';
const OTHER_PARTNER_CITY = 'gn:990000303';

describe('known partnerships, from partnership events', () => {
  const namespace = testNamespace();
  const programId = uuidv7();
  let partnershipsDatabase: TestDatabase;
  let exchangesDatabase: TestDatabase;
  let partnerships: RunningService;
  let exchanges: RunningService;
  let connection: ManagedNatsConnection;
  let rpc: RpcClient;

  const restartExchanges = () => startExchanges(namespace, exchangesDatabase);
  const known = (id: string) => exchanges.app.get(KnownPartnerships).get(id);
  const followed = (id: string, status: string) =>
    waitFor(`partnership ${id} to be known as ${status}`, async () => ((await known(id))?.status === status ? known(id) : undefined));

  beforeAll(async () => {
    ({ partnershipsDatabase, exchangesDatabase, partnerships, exchanges, connection, rpc } = await startPartnershipsAndExchanges({
      namespace,
      name: 'known-partnerships-test',
      cities: [
      [MEMBER_CITY, 'US'],
      [PARTNER_CITY, 'DE'],
      [OTHER_PARTNER_CITY, 'MX'],
    ] as const,
      memberProgramId: programId,
    }));
  });

  afterAll(() =>
    stopPartnershipsAndExchanges({ partnershipsDatabase, exchangesDatabase, partnerships, exchanges, connection }, namespace),
  );

  const propose = async (partnerCityId: string) =>
    rpc.call('partnerships', 'partnerships.propose', { memberProgramId: programId, partnerCityId, terms: AGREEMENT_TERMS }, { caller: STAFF });
  const signBoth = async (id: string) => {
    const { currentVersion, versions } = await rpc.call('partnerships', 'partnerships.get', { partnershipId: id }, { caller: STAFF });
    const termsHash = versions.find((v) => v.version === currentVersion)?.termsHash ?? '';
    for (const side of ['member', 'partner'] as const) {
      const signature = { version: currentVersion, termsHash, side, signatoryName: `${side} mayor`, signatoryOffice: 'Mayor', signedOn: '2026-01-15' };
      await rpc.call('partnerships', 'partnerships.approve', { partnershipId: id, ...signature }, { caller: STAFF });
    }
  };
  const suspend = (id: string) => rpc.call('partnerships', 'partnerships.suspend', { partnershipId: id, reason: 'municipal elections' }, { caller: STAFF });
  const reactivate = (id: string) => rpc.call('partnerships', 'partnerships.reactivate', { partnershipId: id }, { caller: STAFF });

  it('follows a partnership through its lifecycle', async () => {
    const { id } = await propose(PARTNER_CITY);
    expect(await followed(id, 'proposed')).toMatchObject({ id, memberProgramId: programId, memberCityId: MEMBER_CITY, partnerCityId: PARTNER_CITY, inForceVersion: null });
    // The events name both cities' countries: the catalogue filters by them.
    expect(await known(id)).toMatchObject({ memberCountryCode: 'US', partnerCountryCode: 'DE' });
    expect(await exchanges.app.get(KnownPartnerships).isActive(id)).toBe(false);

    await signBoth(id);
    expect(await followed(id, 'active')).toMatchObject({ inForceVersion: 1 });
    expect(await exchanges.app.get(KnownPartnerships).isActive(id)).toBe(true);
    const db = exchanges.app.get<ExchangesDb>(DATABASE);
    expect(await db.$transaction((tx) => exchanges.app.get(KnownPartnerships).isActive(id, tx))).toBe(true);

    await suspend(id);
    await followed(id, 'suspended');
    await reactivate(id);
    await followed(id, 'active');
    await rpc.call('partnerships', 'partnerships.propose-termination', { partnershipId: id, side: 'member', reason: 'dissolved', immediately: true }, { caller: STAFF });
    expect(await followed(id, 'terminated')).toMatchObject({ inForceVersion: 1 });
    expect(await exchanges.app.get(KnownPartnerships).isActive(id)).toBe(false);
    expect(await known(uuidv7())).toBeNull();
  });

  it('catches up after being down while the partnership changed, applying each event once', async () => {
    const { id } = await propose(OTHER_PARTNER_CITY);
    await signBoth(id);
    await followed(id, 'active');

    await exchanges.app.close();
    await suspend(id);
    await reactivate(id);
    await suspend(id);
    // proposed, approved ×2, activated, suspended, reactivated, suspended: all on the stream before the restart.
    await waitFor('the changes to reach the stream', async () => (await streamEvents(id)).length === 7);

    exchanges = await restartExchanges();
    expect(await followed(id, 'suspended')).toMatchObject({ inForceVersion: 1 });
    await waitFor('the consumer to have nothing pending', consumerIdle);
    const events = await streamEvents(id);
    expect(events.map((event) => event.type)).toEqual([
      'partnership.proposed.v1',
      'partnership.approved.v1',
      'partnership.approved.v1',
      'partnership.activated.v1',
      'partnership.suspended.v1',
      'partnership.reactivated.v1',
      'partnership.suspended.v1',
    ]);
    expect(await processedOf(events)).toBe(events.length);
    expect(await processedOf(await allStreamEvents())).toBe(await processedCount());
  });

  it('changes nothing when the same event is delivered again', async () => {
    const stream = eventStream(namespace, 'partnerships').name;
    const jsm = await connection.nc.jetstreamManager();
    const last = await jsm.streams.getMessage(stream, { seq: (await jsm.streams.info(stream)).state.last_seq });
    const id = last.json<EventEnvelope>().subject;
    const before = await exchanges.app.get<ExchangesDb>(DATABASE).knownPartnership.findUniqueOrThrow({ where: { id } });
    const processed = await processedCount();
    // The same event under a new message id: JetStream's de-duplication lets it through, the inbox must not.
    const h = natsHeaders();
    for (const [key, values] of last.header) for (const value of values) if (key !== HEADERS.msgId) h.append(key, value);
    h.set(HEADERS.msgId, uuidv7());
    await connection.nc.jetstream().publish(last.subject, last.data, { headers: h });

    await waitFor('the duplicate to be delivered and acknowledged', async () => {
      const info = await jsm.consumers.info(stream, durableConsumerName('exchanges'));
      const { last_seq } = (await jsm.streams.info(stream)).state;
      return info.delivered.stream_seq === last_seq && (await consumerIdle());
    });
    expect(await processedCount()).toBe(processed);
    expect(await exchanges.app.get<ExchangesDb>(DATABASE).knownPartnership.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  /** Every event of the partnerships stream (of one partnership when `subject` is given), in order. */
  async function allStreamEvents(subject?: string): Promise<EventEnvelope[]> {
    const jsm = await connection.nc.jetstreamManager();
    const stream = eventStream(namespace, 'partnerships').name;
    const { state } = await jsm.streams.info(stream);
    const events: EventEnvelope[] = [];
    for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
      events.push((await jsm.streams.getMessage(stream, { seq })).json<EventEnvelope>());
    }
    return subject ? events.filter((event) => event.subject === subject) : events;
  }

  function streamEvents(partnershipId: string): Promise<EventEnvelope[]> {
    return allStreamEvents(partnershipId);
  }

  async function consumerIdle(): Promise<boolean> {
    const jsm = await connection.nc.jetstreamManager();
    const info = await jsm.consumers.info(eventStream(namespace, 'partnerships').name, durableConsumerName('exchanges'));
    return info.num_pending === 0 && info.num_ack_pending === 0;
  }

  async function processedOf(events: EventEnvelope[]): Promise<number> {
    const [row] = await exchanges.app
      .get<ExchangesDb>(DATABASE)
      .$queryRawUnsafe<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM processed_messages WHERE event_id = ANY($1::uuid[])',
        events.map((event) => event.id),
      );
    return row?.count ?? -1;
  }

  async function processedCount(): Promise<number> {
    const [row] = await exchanges.app.get<ExchangesDb>(DATABASE).$queryRawUnsafe<Array<{ count: number }>>('SELECT count(*)::int AS count FROM processed_messages');
    return row?.count ?? -1;
  }
});

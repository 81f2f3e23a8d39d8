import type { PrismaClient as ExchangesDb } from '@scn-prisma/exchanges';
import { durableConsumerName, eventStream, type EventEnvelope, type PauseCause } from '@scn/contracts';
import type { ManagedNatsConnection, RpcClient, RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { ExchangeProgramCommandRunner } from '../src/exchange-programs/commands/exchange-program-command.runner';
import { validFields } from '../src/exchange-programs/domain/exchange-program.fixtures';
import { StepDueWindowsHandler } from '../src/exchange-programs/commands/step-due-windows/step-due-windows.handler';
import { KnownPartnerships } from '../src/known-partnerships/infra/known-partnerships.reader';
import {
  AGREEMENT_TERMS,
  STAFF,
  startExchanges,
  startPartnershipsAndExchanges,
  stopPartnershipsAndExchanges,
} from './partnerships-and-exchanges.fixture';

// Exchange programs follow their partnership, driven by the partnerships service's real
// events over JetStream: paused on suspension, resumed on reactivation, cancelled on
// termination — also when the exchanges service was down while the partnership changed.

const DAY = 86_400_000;
const MEMBER_CITY = 'gn:990000801';
const PARTNER_CITY = 'gn:990000802';
const OTHER_PARTNER_CITY = 'gn:990000803';

describe('exchange programs reacting to their partnership', () => {
  const namespace = testNamespace();
  const memberProgramId = uuidv7();
  let partnershipsDatabase: TestDatabase;
  let exchangesDatabase: TestDatabase;
  let partnerships: RunningService;
  let exchanges: RunningService;
  let connection: ManagedNatsConnection;
  let rpc: RpcClient;

  const restartExchanges = () => startExchanges(namespace, exchangesDatabase);
  const exchangesDb = () => exchanges.app.get<ExchangesDb>(DATABASE);
  const program = (id: string) => exchangesDb().exchangeProgram.findUniqueOrThrow({ where: { id } });
  /** The program as its managers see it through the API (with its pause cause). */
  const view = (exchangeProgramId: string) => rpc.call('exchanges', 'exchange-programs.get', { exchangeProgramId }, { caller: STAFF });
  /** The events the exchanges service wrote about one program, oldest first, with their reason and cause when they carry them. */
  const events = async (aggregate: string) => {
    const rows = await exchangesDb().outboxEvent.findMany({ where: { aggregate }, orderBy: { seq: 'asc' }, select: { type: true, payload: true } });
    return rows.map((row) => {
      const { reason, cause } = (row.payload as { data: { reason?: string; cause?: PauseCause } }).data;
      return { type: row.type, ...(reason === undefined ? {} : { reason }), ...(cause === undefined ? {} : { cause }) };
    });
  };
  /** What a suspension with the reason `municipal elections` pauses a program for: no account paused it, the service did. */
  const SUSPENSION_CAUSE: PauseCause = { code: 'partnership-suspended', by: null, note: 'municipal elections' };
  const MANAGER_CAUSE: PauseCause = { code: 'paused-by-manager', by: STAFF.accountId, note: 'venue unavailable' };
  const known = (id: string, status: string) =>
    waitFor(`partnership ${id} known as ${status}`, async () => (await exchanges.app.get(KnownPartnerships).get(id))?.status === status);

  const propose = (partnerCityId: string) =>
    rpc.call('partnerships', 'partnerships.propose', { memberProgramId, partnerCityId, terms: AGREEMENT_TERMS }, { caller: STAFF });
  const signBoth = async (id: string) => {
    const { currentVersion, versions } = await rpc.call('partnerships', 'partnerships.get', { partnershipId: id }, { caller: STAFF });
    const termsHash = versions.find((v) => v.version === currentVersion)?.termsHash ?? '';
    for (const side of ['member', 'partner'] as const) {
      const signature = { version: currentVersion, termsHash, side, signatoryName: `${side} mayor`, signatoryOffice: 'Mayor', signedOn: '2026-01-15' };
      await rpc.call('partnerships', 'partnerships.approve', { partnershipId: id, ...signature }, { caller: STAFF });
    }
  };
  const activePartnership = async (partnerCityId: string): Promise<string> => {
    const { id } = await propose(partnerCityId);
    await signBoth(id);
    await known(id, 'active');
    return id;
  };
  const suspend = (id: string) => rpc.call('partnerships', 'partnerships.suspend', { partnershipId: id, reason: 'municipal elections' }, { caller: STAFF });
  const reactivate = (id: string) => rpc.call('partnerships', 'partnerships.reactivate', { partnershipId: id }, { caller: STAFF });
  const terminate = (id: string) =>
    rpc.call('partnerships', 'partnerships.propose-termination', { partnershipId: id, side: 'member', reason: 'dissolved', immediately: true }, { caller: STAFF });

  /** A draft whose window opened an hour ago and closes in ten days, travelling in two months. */
  const draft = async (partnershipId: string): Promise<string> => {
    const at = (days: number) => new Date(Date.now() + days * DAY);
    const fields = {
      ...validFields(),
      applicationOpensAt: at(-1 / 24).toISOString(),
      applicationClosesAt: at(10).toISOString(),
      decisionReleaseAt: null,
      offerResponseDeadline: null,
      travelStart: at(60).toISOString().slice(0, 10),
      travelEnd: at(70).toISOString().slice(0, 10),
      season: at(60).getUTCFullYear(),
    };
    return (await rpc.call('exchanges', 'exchange-programs.create', { partnershipId, ...fields }, { caller: STAFF })).id;
  };
  const step = (verb: 'publish' | 'close' | 'allocate' | 'start', exchangeProgramId: string) =>
    rpc.call('exchanges', `exchange-programs.${verb}`, { exchangeProgramId }, { caller: STAFF });
  const published = async (partnershipId: string): Promise<string> => {
    const id = await draft(partnershipId);
    await step('publish', id);
    return id;
  };

  beforeAll(async () => {
    ({ partnershipsDatabase, exchangesDatabase, partnerships, exchanges, connection, rpc } = await startPartnershipsAndExchanges({
      namespace,
      name: 'partnership-reactions-test',
      cities: [
      [MEMBER_CITY, 'US'],
      [PARTNER_CITY, 'IT'],
      [OTHER_PARTNER_CITY, 'KE'],
    ] as const,
      memberProgramId: memberProgramId,
    }));
  });

  afterAll(() =>
    stopPartnershipsAndExchanges({ partnershipsDatabase, exchangesDatabase, partnerships, exchanges, connection }, namespace),
  );

  it('pauses open programs on suspension, resumes them on reactivation, cancels those not yet running on termination', async () => {
    const partnershipId = await activePartnership(PARTNER_CITY);
    const open = await published(partnershipId);
    await exchanges.app.get(StepDueWindowsHandler).execute();
    expect(await program(open)).toMatchObject({ status: 'published', windowOpenedAt: expect.any(Date) });
    const drafted = await draft(partnershipId);
    const running = await published(partnershipId);
    for (const verb of ['close', 'allocate', 'start'] as const) await step(verb, running);
    const pausedByStaff = await published(partnershipId);
    await exchanges.app.get(ExchangeProgramCommandRunner).change(pausedByStaff, STAFF, (p) => p.pause(MANAGER_CAUSE));

    await suspend(partnershipId);
    await waitFor('the open program to pause', async () => (await program(open)).paused);
    expect(await view(open)).toMatchObject({ status: 'published', paused: true, pauseCause: SUSPENSION_CAUSE, pauseReason: 'municipal elections' });
    expect(await program(open)).toMatchObject({ pauseCauseCode: 'partnership-suspended', pausedBy: null, pauseNote: 'municipal elections' });
    expect(await view(drafted)).toMatchObject({ status: 'draft', paused: false, pauseCause: null });
    expect(await view(running)).toMatchObject({ status: 'in_progress', paused: false, pauseCause: null });
    expect(await view(pausedByStaff)).toMatchObject({ paused: true, pauseCause: MANAGER_CAUSE });
    expect(await events(open)).toEqual([
      { type: 'exchange-program.published.v1' },
      { type: 'exchange-program.window-opened.v1' },
      // `reason` for consumers that predate `cause`: the note, no English prefix to parse.
      { type: 'exchange-program.paused.v1', reason: 'municipal elections', cause: SUSPENSION_CAUSE },
    ]);

    await reactivate(partnershipId);
    await waitFor('the open program to resume', async () => !(await program(open)).paused);
    expect(await view(open)).toMatchObject({ status: 'published', pauseCause: null, pauseReason: null });
    expect(await program(open)).toMatchObject({ pauseCauseCode: null, pausedBy: null, pauseNote: null });
    expect(await view(pausedByStaff)).toMatchObject({ paused: true, pauseCause: MANAGER_CAUSE });
    expect((await events(open)).at(-1)).toEqual({ type: 'exchange-program.resumed.v1' });

    await terminate(partnershipId);
    await waitFor('the open program to be cancelled', async () => (await program(open)).status === 'cancelled');
    const reason = 'partnership terminated: dissolved';
    expect(await program(open)).toMatchObject({ cancelReason: reason });
    expect(await program(drafted)).toMatchObject({ status: 'cancelled', cancelReason: reason });
    expect(await program(pausedByStaff)).toMatchObject({ status: 'cancelled', cancelReason: reason });
    expect(await program(running)).toMatchObject({ status: 'in_progress', cancelReason: null });
    expect((await events(open)).at(-1)).toEqual({ type: 'exchange-program.cancelled.v1', reason });
    expect(await events(drafted)).toEqual([]); // never announced, so nobody is told of its end
    expect((await events(running)).map((e) => e.type)).toEqual(['exchange-program.published.v1', 'exchange-program.window-closed.v1']);
  });

  it('catches up after being down while the partnership was suspended, pausing each program once', async () => {
    const partnershipId = await activePartnership(OTHER_PARTNER_CITY);
    const first = await published(partnershipId);
    const second = await published(partnershipId);

    await exchanges.app.close();
    await suspend(partnershipId);
    await waitFor('the suspension to reach the stream', async () => (await streamEvents(partnershipId)).some((e) => e.type === 'partnership.suspended.v1'));

    exchanges = await restartExchanges();
    await known(partnershipId, 'suspended');
    await waitFor('the consumer to have nothing pending', consumerIdle);
    for (const id of [first, second]) {
      expect(await view(id)).toMatchObject({ status: 'published', paused: true, pauseCause: SUSPENSION_CAUSE });
      const types = (await events(id)).map((e) => e.type);
      expect(types.filter((type) => type === 'exchange-program.paused.v1')).toHaveLength(1);
    }
  });

  async function streamEvents(subject: string): Promise<EventEnvelope[]> {
    const jsm = await connection.nc.jetstreamManager();
    const stream = eventStream(namespace, 'partnerships').name;
    const { state } = await jsm.streams.info(stream);
    const found: EventEnvelope[] = [];
    for (let seq = state.first_seq; state.messages > 0 && seq <= state.last_seq; seq++) {
      const event = (await jsm.streams.getMessage(stream, { seq })).json<EventEnvelope>();
      if (event.subject === subject) found.push(event);
    }
    return found;
  }

  async function consumerIdle(): Promise<boolean> {
    const jsm = await connection.nc.jetstreamManager();
    const info = await jsm.consumers.info(eventStream(namespace, 'partnerships').name, durableConsumerName('exchanges'));
    return info.num_pending === 0 && info.num_ack_pending === 0;
  }
});

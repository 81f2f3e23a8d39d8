import type { PrismaClient as ExchangesDb } from '@scn-prisma/exchanges';
import { createEvent, domainEvents, durableConsumerName, eventStream, eventSubject, HEADERS, type DomainEvent, type EventData } from '@scn/contracts';
import { ManagedNatsConnection, type RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, startTestService, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import { headers as natsHeaders } from 'nats';
import pino from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { ChangeProgramStatusHandler } from '../src/exchange-programs/commands/change-program-status/change-program-status.handler';
import { CreateExchangeProgramHandler } from '../src/exchange-programs/commands/create-exchange-program/create-exchange-program.handler';
import { PublishExchangeProgramHandler } from '../src/exchange-programs/commands/publish-exchange-program/publish-exchange-program.handler';
import { validFields } from '../src/exchange-programs/domain/exchange-program.fixtures';
import { exchangesService } from '../src/exchanges.service-definition';
import { STAFF } from './partnerships-and-exchanges.fixture';

// A season's matching committed in the applications service (`matching.run-completed.v1`,
// published here as that service's outbox relay would) moves the programs it names to
// allocated: a closed one directly, an open one after closing its window; the others, and
// ids the service does not know, are left alone. A redelivered event, or another run
// naming the same programs, changes nothing.

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY);
const SEASON = at(60).getUTCFullYear();
/** A window that opened an hour ago and closes in ten days, travel in two months. */
const schedule = () => ({
  applicationOpensAt: at(-1 / 24).toISOString(),
  applicationClosesAt: at(10).toISOString(),
  decisionReleaseAt: null,
  offerResponseDeadline: null,
  travelStart: at(60).toISOString().slice(0, 10),
  travelEnd: at(70).toISOString().slice(0, 10),
  season: SEASON,
});
type Step = 'close' | 'allocate' | 'start';

describe('exchange programs allocated by a committed matching run', () => {
  const namespace = testNamespace();
  const partnershipId = uuidv7();
  let database: TestDatabase;
  let service: RunningService;
  let db: ExchangesDb;
  let connection: ManagedNatsConnection;

  const created = async (season = SEASON): Promise<string> =>
    (await service.app.get(CreateExchangeProgramHandler).execute({ partnershipId, ...validFields(), ...schedule(), season }, STAFF)).id;
  /** A program published, then moved by hand through `steps`. */
  const programThrough = async (steps: Step[], season = SEASON): Promise<string> => {
    const id = await created(season);
    await service.app.get(PublishExchangeProgramHandler).execute({ exchangeProgramId: id }, STAFF);
    for (const step of steps) await service.app.get(ChangeProgramStatusHandler).execute({ exchangeProgramId: id, step }, STAFF);
    return id;
  };
  const cancelledProgram = async (): Promise<string> => {
    const id = await programThrough([]);
    await service.app.get(ChangeProgramStatusHandler).execute({ exchangeProgramId: id, step: 'cancel', reason: 'venue lost' }, STAFF);
    return id;
  };

  const programRow = (id: string) => db.exchangeProgram.findUniqueOrThrow({ where: { id } });
  /** A program's history, oldest first: who (null: the service), what, with which details. */
  const history = async (id: string) =>
    (
      await db.exchangeProgramChange.findMany({ where: { exchangeProgramId: id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] })
    ).map(({ actorId, action, details }) => ({ actorId, action, details }));
  const eventTypes = async (aggregate: string) =>
    (await db.outboxEvent.findMany({ where: { aggregate }, orderBy: { seq: 'asc' }, select: { type: true } })).map((row) => row.type);
  /** Everything the run could have touched of some programs: rows, histories and outbox events. */
  const snapshot = (ids: string[]) =>
    Promise.all(ids.map(async (id) => ({ row: await programRow(id), history: await history(id), events: await eventTypes(id) })));
  const processedCount = async () => db.processedMessage.count();
  const processed = async (eventId: string) => (await db.processedMessage.count({ where: { eventId } })) === 1;

  /** Publishes the event as the applications service's outbox relay would (same subject and headers), under `messageId`. */
  const publish = async (event: DomainEvent, messageId: string = event.id) => {
    const h = natsHeaders();
    h.set(HEADERS.eventType, event.type);
    h.set(HEADERS.aggregate, event.subject);
    h.set(HEADERS.correlationId, event.correlationId);
    const subject = eventSubject(namespace, domainEvents, event.type);
    await connection.nc.jetstream().publish(subject, JSON.stringify(event), { msgID: messageId, headers: h });
  };
  const runCompleted = (programIds: string[]) => {
    const data: EventData<'matching.run-completed.v1'> = { runId: uuidv7(), season: SEASON, seed: 'seed-1', applicants: 12, placed: 9, programIds };
    return createEvent(domainEvents, 'matching.run-completed.v1', data.runId, data, { correlationId: uuidv7(), causationId: null }) as DomainEvent<'matching.run-completed.v1'>;
  };
  const consumerIdle = async () => {
    const jsm = await connection.nc.jetstreamManager();
    const stream = eventStream(namespace, 'applications').name;
    const info = await jsm.consumers.info(stream, durableConsumerName('exchanges'));
    const { last_seq } = (await jsm.streams.info(stream)).state;
    return info.delivered.stream_seq === last_seq && info.num_pending === 0 && info.num_ack_pending === 0;
  };

  beforeAll(async () => {
    database = await createTestDatabase('exchanges');
    // The scheduler ticks once at start-up (before any program exists), then not within the test.
    service = await startTestService(exchangesService, { namespace, databaseUrl: database.url, env: { WINDOW_TICK_MS: '3600000' } });
    db = service.app.get<ExchangesDb>(DATABASE);
    await db.knownPartnership.create({
      data: {
        id: partnershipId,
        memberProgramId: uuidv7(),
        memberCityId: 'gn:990000901',
        partnerCityId: 'gn:990000902',
        status: 'active',
        inForceVersion: 1,
        lastChangedAt: new Date(),
      },
    });
    connection = await ManagedNatsConnection.open({
      servers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'],
      name: 'matching-allocation-test',
      logger: pino({ level: 'silent' }),
    });
  });

  afterAll(async () => {
    await service?.app.close();
    if (connection) {
      await deleteNamespaceStreams(connection.nc, namespace);
      await connection.drain();
    }
    await database?.drop();
  });

  it('allocates the closed and the open programs it names, once, naming the run; leaves the others alone', async () => {
    const open = await programThrough([]);
    const closed = await programThrough(['close']);
    const allocated = await programThrough(['close', 'allocate']);
    const running = await programThrough(['close', 'allocate', 'start']);
    const cancelled = await cancelledProgram();
    const draft = await created();
    const otherSeason = await programThrough(['close'], SEASON + 1);
    const unknown = uuidv7();
    const untouched = [allocated, running, cancelled, draft, otherSeason];
    const before = await snapshot(untouched);
    const eventsBefore = { open: await eventTypes(open), closed: await eventTypes(closed) };

    const event = runCompleted([open, closed, allocated, running, cancelled, draft, otherSeason, unknown]);
    const { runId } = event.data;
    await publish(event);
    await waitFor('the run to be applied', () => processed(event.id));

    expect(await programRow(closed)).toMatchObject({ status: 'allocated' });
    expect((await history(closed)).slice(-1)).toEqual([{ actorId: null, action: 'allocated', details: { matchingRunId: runId } }]);
    expect(await eventTypes(closed)).toEqual(eventsBefore.closed); // allocation is not announced (nor is a manager's)

    // Matching committed before its window closed: the window closes (early), then the program is allocated.
    expect(await programRow(open)).toMatchObject({ status: 'allocated', windowClosedAt: expect.any(Date) });
    expect((await history(open)).slice(-2)).toEqual([
      { actorId: null, action: 'window-closed', details: { early: true, matchingRunId: runId } },
      { actorId: null, action: 'allocated', details: { matchingRunId: runId } },
    ]);
    expect(await eventTypes(open)).toEqual([...eventsBefore.open, 'exchange-program.window-closed.v1']);
    expect(eventsBefore.open).toEqual(['exchange-program.published.v1']);

    // Already allocated or beyond, cancelled, a draft, another season's: nothing written.
    expect(await snapshot(untouched)).toEqual(before);
    expect((await snapshot(untouched)).map((s) => s.row.status)).toEqual(['allocated', 'in_progress', 'cancelled', 'draft', 'closed']);
    expect(await db.exchangeProgram.count({ where: { id: unknown } })).toBe(0);

    // The same event again (under a new message id, as after a relay crash): the inbox keeps it out.
    const afterRun = await snapshot([open, closed, ...untouched]);
    const count = await processedCount();
    await publish(event, uuidv7());
    await waitFor('the duplicate to be delivered and acknowledged', consumerIdle);
    expect(await processedCount()).toBe(count);
    expect(await snapshot([open, closed, ...untouched])).toEqual(afterRun);

    // Another run naming the same programs (a new event, so the inbox lets it in): the transition changes nothing either.
    const again = runCompleted([open, closed, allocated]);
    await publish(again);
    await waitFor('the second run to be applied', () => processed(again.id));
    expect(await snapshot([open, closed, ...untouched])).toEqual(afterRun);
  });
});

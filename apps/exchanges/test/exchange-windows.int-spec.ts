import type { PrismaClient as ExchangesDb } from '@scn-prisma/exchanges';
import { ManagedNatsConnection, type RunningService } from '@scn/messaging';
import { DATABASE, type Clock } from '@scn/platform';
import { createTestDatabase, deleteNamespaceStreams, startTestService, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import pino from 'pino';
import { v7 as uuidv7 } from 'uuid';
import { CreateExchangeProgramHandler } from '../src/exchange-programs/commands/create-exchange-program/create-exchange-program.handler';
import { ExchangeProgramCommandRunner } from '../src/exchange-programs/commands/exchange-program-command.runner';
import { PublishExchangeProgramHandler } from '../src/exchange-programs/commands/publish-exchange-program/publish-exchange-program.handler';
import { StepDueWindowsHandler } from '../src/exchange-programs/commands/step-due-windows/step-due-windows.handler';
import { validFields } from '../src/exchange-programs/domain/exchange-program.fixtures';
import { ExchangeProgramRepository } from '../src/exchange-programs/infra/exchange-program.repository';
import { exchangesService } from '../src/exchanges.service-definition';
import { STAFF } from './partnerships-and-exchanges.fixture';

// The application window opens and closes on its dates, by the scheduler, read from a clock
// the test moves: each window-opened / window-closed event is written once, in order.

const DAY = 86_400_000;
const BASE = Date.now();
const at = (days: number) => new Date(BASE + days * DAY);
/** A window opening in a day and closing in ten, travel two months from now. */
const schedule = () => ({
  applicationOpensAt: at(1).toISOString(),
  applicationClosesAt: at(10).toISOString(),
  decisionReleaseAt: null,
  offerResponseDeadline: null,
  travelStart: at(60).toISOString().slice(0, 10),
  travelEnd: at(70).toISOString().slice(0, 10),
  season: at(60).getUTCFullYear(),
});

describe('application windows on their dates', () => {
  const namespace = testNamespace();
  const partnershipId = uuidv7();
  let database: TestDatabase;
  let service: RunningService;
  let db: ExchangesDb;
  let now = at(0);
  const start = async () => {
    // The service's own scheduler ticks once at start-up, then not again within a test.
    service = await startTestService(exchangesService, { namespace, databaseUrl: database.url, env: { WINDOW_TICK_MS: '3600000' } });
    db = service.app.get<ExchangesDb>(DATABASE);
  };
  const clock: Clock = { now: () => now };
  /** The scheduler's tick as the service builds it, but on the test's clock and run by hand (one per replica). */
  const scheduler = () =>
    new StepDueWindowsHandler(db, service.app.get(ExchangeProgramRepository), service.app.get(ExchangeProgramCommandRunner), clock);

  const publishedProgram = async (): Promise<string> => {
    const created = await service.app.get(CreateExchangeProgramHandler).execute({ partnershipId, ...validFields(), ...schedule() }, STAFF);
    await service.app.get(PublishExchangeProgramHandler).execute({ exchangeProgramId: created.id }, STAFF);
    return created.id;
  };
  const eventTypes = async (aggregate: string) =>
    (await db.outboxEvent.findMany({ where: { aggregate }, orderBy: { seq: 'asc' }, select: { type: true } })).map((row) => row.type);
  const programRow = (id: string) => db.exchangeProgram.findUniqueOrThrow({ where: { id } });

  beforeAll(async () => {
    database = await createTestDatabase('exchanges');
    await start();
    await db.knownPartnership.create({
      data: { id: partnershipId, memberProgramId: uuidv7(), memberCityId: 'gn:990000701', partnerCityId: 'gn:990000702', status: 'active', inForceVersion: 1, lastChangedAt: new Date() },
    });
  });

  afterAll(async () => {
    await service?.app.close();
    const connection = await ManagedNatsConnection.open({
      servers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'],
      name: 'exchange-windows-test',
      logger: pino({ level: 'silent' }),
    });
    await deleteNamespaceStreams(connection.nc, namespace);
    await connection.drain();
    await database?.drop();
  });

  it('opens the window on its opening time, once, and closes it on its closing time, once', async () => {
    const id = await publishedProgram();
    const sut = scheduler();

    now = at(0.5);
    await sut.execute();
    expect(await eventTypes(id)).toEqual(['exchange-program.published.v1']);
    expect(await programRow(id)).toMatchObject({ status: 'published', windowOpenedAt: null });

    now = new Date(at(1).getTime() + 60_000);
    await sut.execute();
    await sut.execute();
    expect(await eventTypes(id)).toEqual(['exchange-program.published.v1', 'exchange-program.window-opened.v1']);
    expect(await programRow(id)).toMatchObject({ status: 'published', windowOpenedAt: now });

    now = at(10);
    await sut.execute();
    await sut.execute();
    expect(await eventTypes(id)).toEqual(['exchange-program.published.v1', 'exchange-program.window-opened.v1', 'exchange-program.window-closed.v1']);
    expect(await programRow(id)).toMatchObject({ status: 'closed', windowClosedAt: now });
  });

  it('opens and closes, in that order, a window whose both dates passed while the service was down', async () => {
    const id = await publishedProgram();
    now = at(12);
    await scheduler().execute();
    expect(await eventTypes(id)).toEqual(['exchange-program.published.v1', 'exchange-program.window-opened.v1', 'exchange-program.window-closed.v1']);
    const [opened, closed] = await db.outboxEvent.findMany({ where: { aggregate: id, type: { contains: 'window' } }, orderBy: { seq: 'asc' } });
    expect((opened?.payload as { data: unknown }).data).toMatchObject({ exchangeProgramId: id, applicationOpensAt: at(1).toISOString() });
    expect((closed?.payload as { data: unknown }).data).toMatchObject({ exchangeProgramId: id, applicationClosesAt: at(10).toISOString() });
  });

  it('does not open a paused program, and opens it on the first tick after it resumes', async () => {
    const id = await publishedProgram();
    const runner = service.app.get(ExchangeProgramCommandRunner);
    await runner.change(id, STAFF, (program) => program.pause({ code: 'paused-by-manager', by: STAFF.accountId, note: 'venue unavailable' }));
    now = at(2);
    await scheduler().execute();
    expect(await programRow(id)).toMatchObject({ status: 'published', paused: true, windowOpenedAt: null });

    await runner.changeAsService(id, (program) => program.resume());
    await scheduler().execute();
    expect(await eventTypes(id)).toEqual([
      'exchange-program.published.v1',
      'exchange-program.paused.v1',
      'exchange-program.resumed.v1',
      'exchange-program.window-opened.v1',
    ]);
  });

  it('shares due windows between replicas ticking at once, each event written once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await publishedProgram());
    now = at(3);
    const handled = await Promise.all([scheduler().execute(), scheduler().execute(), scheduler().execute()]);
    expect(handled.reduce((sum, count) => sum + count, 0)).toBe(ids.length);
    const opened = await db.outboxEvent.groupBy({ by: ['aggregate'], where: { aggregate: { in: ids }, type: 'exchange-program.window-opened.v1' }, _count: true });
    expect(opened.map((row) => row._count)).toEqual(ids.map(() => 1));
  });

  it('on start-up, opens a window whose opening time passed while the service was down (its own clock and timer)', async () => {
    const id = await publishedProgram();
    // As if the service had been down past the opening time: it is now behind the real clock.
    await db.exchangeProgram.update({ where: { id }, data: { applicationOpensAt: new Date(Date.now() - 60_000) } });
    expect(await programRow(id)).toMatchObject({ windowOpenedAt: null });
    await service.app.close();
    await start();
    await waitFor(`window of ${id} to open after the restart`, async () => (await programRow(id)).windowOpenedAt !== null);
    expect(await eventTypes(id)).toEqual(['exchange-program.published.v1', 'exchange-program.window-opened.v1']);
  });
});

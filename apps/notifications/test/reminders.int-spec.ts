import { Test, type TestingModule } from '@nestjs/testing';
import { PrismaClient, type KnownExchangeProgram } from '@scn-prisma/notifications';
import { createRootLogger, DATABASE, DatabaseModule, loadConfig, PlatformModule } from '@scn/platform';
import { createTestDatabase, testNamespace, waitFor, type TestDatabase } from '@scn/testing';
import { Redis } from 'ioredis';
import { v7 as uuidv7 } from 'uuid';
import { notificationsConfigSchema } from '../src/config';
import { NotificationPlanner } from '../src/notifying/notification-planner';
import type { NotificationRequest } from '../src/notifying/domain/notification-request';
import { REDIS, RedisModule } from '../src/infra/redis.module';
import { ReminderQueue, reminderJobId } from '../src/reminders/infra/reminder-queue';
import { ReminderPlanning } from '../src/reminders/reminder-planning';
import { RemindersRuntime } from '../src/reminders/transport/reminders-runtime';
import { RemindersModule } from '../src/reminders/reminders.module';
import { ReminderScheduler } from '../src/reminders/transport/reminder.scheduler';

// The reminders module on its own (PostgreSQL, Redis, BullMQ under the test's namespace),
// with a planner that records what it is asked to tell: reminders are planned from
// read-model rows, mirrored in Redis, moved, cancelled, and fired once at their time — also
// after Redis lost everything while the service was down.

const DAY = 86_400_000;
const SECOND = 1_000;

/** The notification planner, as the reminders see it: every request it got, with when. */
class RecordingPlanner {
  readonly requests: Array<NotificationRequest & { at: number }> = [];
  async plan(_tx: unknown, request: NotificationRequest): Promise<{ created: number; filtered: number }> {
    this.requests.push({ ...request, at: Date.now() });
    return { created: 1, filtered: 0 };
  }
  toldAbout(sourceKey: string) {
    return this.requests.filter((request) => request.sourceKey === sourceKey);
  }
}

describe('reminders: PostgreSQL first, Redis in line, fired once', () => {
  const namespace = testNamespace();
  const planner = new RecordingPlanner();
  let database: TestDatabase;
  let moduleRef: TestingModule | undefined;
  let db: PrismaClient;
  let redis: Redis;

  const start = async () => {
    const config = loadConfig('notifications', notificationsConfigSchema, {
      ...process.env,
      NODE_ENV: 'test',
      SCN_NAMESPACE: namespace,
      DATABASE_URL: database.url,
      DISPATCH_POLL_MS: '100',
      RECONCILE_INTERVAL_MS: '0',
    });
    const logger = createRootLogger({ service: 'notifications', level: process.env['TEST_LOG_LEVEL'] ?? 'silent' });
    moduleRef = await Test.createTestingModule({
      imports: [
        PlatformModule.forRoot({ service: 'notifications', config, logger, healthEndpoints: false }),
        DatabaseModule.forRoot(PrismaClient),
        RedisModule,
        RemindersModule,
      ],
    })
      .overrideProvider(NotificationPlanner)
      .useValue(planner)
      .compile();
    moduleRef.enableShutdownHooks();
    await moduleRef.init();
    // Start-up reconciliation runs in the background: wait for it as a ready probe would.
    await moduleRef.get(RemindersRuntime).whenStarted();
    db = moduleRef.get<PrismaClient>(DATABASE);
    redis = moduleRef.get<Redis>(REDIS);
  };
  const stop = async () => {
    await moduleRef?.close();
    moduleRef = undefined;
  };

  /** Deletes this namespace's keys only (never FLUSHDB: other test files share this Redis). */
  const deleteNamespaceKeys = async (client: Redis) => {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `{${namespace}}*`, 'COUNT', 1000);
      if (keys.length) await client.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  };
  /** Redis as it is after a restart without persistence: nothing of this namespace left (own connection: the module's is closed). */
  const loseRedisData = async () => {
    const own = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    try {
      await deleteNamespaceKeys(own);
      expect(await own.keys(`{${namespace}}*`)).toEqual([]);
    } finally {
      await own.quit();
    }
  };

  const planning = () => moduleRef!.get(ReminderPlanning);
  const queue = () => moduleRef!.get(ReminderQueue).queue;
  const reminder = (id: string) => db.reminder.findUniqueOrThrow({ where: { id } });
  const jobState = async (jobId: string) => (await queue().getJob(jobId)) ? queue().getJobState(jobId) : 'missing';

  /** A known exchange program (its read-model row) with its reminders planned. */
  const programChanged = async (row: KnownExchangeProgram) => {
    await db.knownExchangeProgram.upsert({ where: { id: row.id }, create: row, update: row });
    return db.$transaction((tx) => planning().exchangeProgramChanged(tx, row));
  };
  const programRow = (closesAt: Date, overrides: Partial<KnownExchangeProgram> = {}): KnownExchangeProgram => ({
    id: uuidv7(),
    partnershipId: uuidv7(),
    memberProgramId: null,
    title: 'Youth orchestra',
    category: 'arts-culture',
    season: 2030,
    status: 'open',
    applicationOpensAt: new Date(closesAt.getTime() - 60 * DAY),
    applicationClosesAt: closesAt,
    decisionReleaseAt: null,
    travelStart: new Date(Date.UTC(2099, 6, 1)),
    travelEnd: new Date(Date.UTC(2099, 6, 15)),
    lastChangedAt: new Date(),
    updatedAt: new Date(),
    ...overrides,
  });
  /** Waits until the scheduler has mirrored the reminder's row in Redis, and returns the row. */
  const synced = (id: string) =>
    waitFor(`reminder ${id} synced to Redis`, async () => {
      const row = await reminder(id);
      return row.syncNeeded ? null : row;
    });

  beforeAll(async () => {
    database = await createTestDatabase('notifications');
    await start();
  });

  afterAll(async () => {
    if (moduleRef) await deleteNamespaceKeys(redis);
    await stop();
    await database?.drop();
  });

  it('moves the reminder and replaces its Redis job when a date changes; the same change twice touches nothing', async () => {
    const program = programRow(new Date(Date.now() + 30 * DAY));
    await programChanged(program);
    const weekId = `window-closing-7d_${program.id}`;
    const before = await synced(weekId);
    const oldJob = reminderJobId(weekId, before.dueAt);
    expect(before).toMatchObject({ status: 'pending', jobId: oldJob, dueAt: new Date(program.applicationClosesAt.getTime() - 7 * DAY) });
    expect(await jobState(oldJob)).toBe('delayed');

    const later = { ...program, applicationClosesAt: new Date(program.applicationClosesAt.getTime() + 5 * DAY) };
    expect((await programChanged(later)).map((change) => change.op)).toEqual(['reschedule', 'reschedule']);
    const newJob = reminderJobId(weekId, new Date(later.applicationClosesAt.getTime() - 7 * DAY));
    await waitFor('the job of the new time', async () => (await reminder(weekId)).jobId === newJob && !(await reminder(weekId)).syncNeeded);
    expect(await jobState(oldJob)).toBe('missing');
    expect(await jobState(newJob)).toBe('delayed');
    // Delayed until the new time (never before it).
    const job = await queue().getJob(newJob);
    const runsAt = job!.timestamp + job!.opts.delay!;
    expect(runsAt).toBeGreaterThanOrEqual(later.applicationClosesAt.getTime() - 7 * DAY);
    expect(runsAt).toBeLessThan(later.applicationClosesAt.getTime() - 7 * DAY + 5 * SECOND);

    const untouched = await db.reminder.findMany({ where: { subjectId: program.id }, orderBy: { id: 'asc' } });
    expect(await programChanged(later)).toEqual([]);
    expect(await db.reminder.findMany({ where: { subjectId: program.id }, orderBy: { id: 'asc' } })).toEqual(untouched);
  });

  it('cancels the reminders of a cancelled program and removes their jobs from Redis', async () => {
    const program = programRow(new Date(Date.now() + 20 * DAY), { decisionReleaseAt: new Date(Date.now() + 25 * DAY) });
    await programChanged(program);
    const ids = ['window-closing-7d', 'window-closing-1d', 'decision-release', 'travel-approaching'].map((kind) => `${kind}_${program.id}`);
    const jobs = await Promise.all(ids.map(async (id) => (await synced(id)).jobId!));
    expect(await Promise.all(jobs.map(jobState))).toEqual(['delayed', 'delayed', 'delayed', 'delayed']);

    await programChanged({ ...program, status: 'cancelled' });
    const rows = await Promise.all(ids.map(synced));
    expect(rows.map((row) => [row.status, row.statusReason, row.jobId])).toEqual(ids.map(() => ['cancelled', 'exchange program cancelled', null]));
    expect(await Promise.all(jobs.map(jobState))).toEqual(['missing', 'missing', 'missing', 'missing']);
  });

  it('cancels, when it is due, a reminder whose condition no longer holds (the program was paused)', async () => {
    const program = programRow(new Date(Date.now() + DAY + 2 * SECOND));
    await programChanged(program);
    const dayId = `window-closing-1d_${program.id}`;
    await synced(dayId);
    expect(await programChanged({ ...program, status: 'paused' })).toEqual([]);
    const row = await waitFor('the paused program’s reminder to be settled', async () => {
      const current = await reminder(dayId);
      return current.status === 'pending' ? null : current;
    });
    expect(row).toMatchObject({ status: 'cancelled', statusReason: 'exchange program paused', firedAt: null });
    expect(planner.toldAbout(`reminder:${dayId}@${row.dueAt.toISOString()}`)).toEqual([]);
  });

  it('fires an anniversary whose time passed, once, and plans the next year’s in the same transaction', async () => {
    // The latest 09:00 UTC: an anniversary the service was too late for (planned a year ago).
    const now = new Date();
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9);
    const due = new Date(today <= now.getTime() ? today : today - DAY);
    const years = due.getUTCMonth() === 1 && due.getUTCDate() === 29 ? 4 : 5;
    const partnership = {
      id: uuidv7(),
      memberCityId: 'gn:1',
      partnerCityId: 'gn:2',
      memberCountryCode: 'US',
      partnerCountryCode: 'FR',
      status: 'active',
      startDate: new Date(Date.UTC(due.getUTCFullYear() - years, due.getUTCMonth(), due.getUTCDate())),
      lastChangedAt: new Date(),
    };
    await db.knownPartnership.create({ data: partnership });
    const id = `partnership-anniversary_${partnership.id}_${due.getUTCFullYear()}`;
    await db.reminder.create({ data: { id, kind: 'partnership-anniversary', subjectId: partnership.id, dueAt: due, payload: {} } });
    moduleRef!.get(ReminderScheduler).wake();

    await waitFor('the anniversary to fire', async () => (await reminder(id)).status === 'fired');
    expect(planner.toldAbout(`reminder:${id}@${due.toISOString()}`)).toEqual([
      expect.objectContaining({
        type: 'reminder.partnership-anniversary',
        facts: expect.objectContaining({ partnershipId: partnership.id, years }),
        audience: { kind: 'partnership', partnershipId: partnership.id, sides: ['member', 'partner'] },
      }),
    ]);
    const nextId = `partnership-anniversary_${partnership.id}_${due.getUTCFullYear() + 1}`;
    const next = await synced(nextId);
    expect(next).toMatchObject({ status: 'pending', payload: { years: years + 1 } });
    expect(await jobState(next.jobId!)).toBe('delayed');
  });

  it('gives a pending reminder whose job vanished from Redis its job again on the next reconciliation', async () => {
    const program = programRow(new Date(Date.now() + 40 * DAY));
    await programChanged(program);
    const row = await synced(`window-closing-1d_${program.id}`);
    await queue().remove(row.jobId!);
    expect(await jobState(row.jobId!)).toBe('missing');
    const result = await moduleRef!.get(ReminderScheduler).reconcile('test');
    expect(result).toMatchObject({ restored: 1 });
    expect(await jobState(row.jobId!)).toBe('delayed');
    expect(await moduleRef!.get(ReminderScheduler).reconcile('test')).toMatchObject({ restored: 0 });
  });

  it('gives a pending reminder whose job lost its place in the delayed set (its hash left) its job again', async () => {
    const program = programRow(new Date(Date.now() + 40 * DAY));
    await programChanged(program);
    const row = await synced(`window-closing-1d_${program.id}`);
    // What a flush by scan and delete can leave: the hash outlives the delayed set's entry.
    await redis.zrem(queue().toKey('delayed'), row.jobId!);
    expect(await jobState(row.jobId!)).toBe('unknown');
    expect(await moduleRef!.get(ReminderScheduler).reconcile('test')).toMatchObject({ restored: 1 });
    expect(await jobState(row.jobId!)).toBe('delayed');
    expect((await queue().getJob(row.jobId!))?.data).toEqual({ reminderId: row.id, dueAt: row.dueAt.toISOString() });
    expect(await moduleRef!.get(ReminderScheduler).reconcile('test')).toMatchObject({ restored: 0 });
  });

  it('replaces the failed job of a pending reminder on the next reconciliation', async () => {
    const program = programRow(new Date(Date.now() + 40 * DAY));
    await programChanged(program);
    const row = await synced(`window-closing-1d_${program.id}`);
    // Its tries used up: BullMQ keeps it in the failed set (as the worker's last failure leaves it).
    await redis.zrem(queue().toKey('delayed'), row.jobId!);
    await redis.zadd(queue().toKey('failed'), Date.now(), row.jobId!);
    expect(await jobState(row.jobId!)).toBe('failed');
    expect(await moduleRef!.get(ReminderScheduler).reconcile('test')).toMatchObject({ restored: 1 });
    expect(await jobState(row.jobId!)).toBe('delayed');
    expect(await redis.zscore(queue().toKey('failed'), row.jobId!)).toBeNull();
  });

  it('schedules a batch of 1,080 reminders (more than one sync batch), fires each once; the same batch again, or synced again, adds no job twice', async () => {
    // 370 programs planned in one transaction, as a bulk change would: 340 closing in 30
    // days (7-day, 1-day and travel reminders), 30 whose 1-day reminder is due in 30 s
    // (planning may take a while on a busy machine; a time already past is not planned).
    const dueAt = Date.now() + 30 * SECOND;
    const far = Array.from({ length: 340 }, () => programRow(new Date(Date.now() + 30 * DAY)));
    const soon = Array.from({ length: 30 }, () => programRow(new Date(dueAt + DAY)));
    const programs = [...far, ...soon];
    await db.knownExchangeProgram.createMany({ data: programs });
    const plan = () =>
      db.$transaction(
        async (tx) => {
          const changes = [];
          for (const program of programs) changes.push(...(await planning().exchangeProgramChanged(tx, program)));
          return changes;
        },
        { timeout: 60_000 },
      );
    expect(await plan()).toHaveLength(1_080);
    const subjectIds = programs.map((program) => program.id);
    const delayedKey = moduleRef!.get(ReminderQueue).queue.toKey('delayed');
    const allSynced = () =>
      waitFor(
        'the batch synced to Redis',
        async () => {
          const rows = await db.reminder.findMany({ where: { subjectId: { in: subjectIds } } });
          return rows.length === 1_080 && rows.every((row) => !row.syncNeeded) ? rows : null;
        },
        { timeoutMs: 20_000 },
      );
    const rows = await allSynced();
    for (const row of rows) expect(row.jobId).toBe(reminderJobId(row.id, row.dueAt));
    const scores = await redis.zmscore(delayedKey, ...rows.map((row) => row.jobId!));
    expect(scores.filter((score) => score !== null)).toHaveLength(1_080);

    // The same plan again changes nothing; rows synced again (as after a crash between
    // Redis and the commit) add their existing jobs, which BullMQ ignores: no job appears
    // that was not there before (one may have fired meanwhile on a slow machine).
    expect(await plan()).toEqual([]);
    const delayed = new Set(await redis.zrange(delayedKey, 0, -1));
    await db.reminder.updateMany({ where: { subjectId: { in: subjectIds } }, data: { syncNeeded: true } });
    moduleRef!.get(ReminderScheduler).wake();
    await allSynced();
    expect((await redis.zrange(delayedKey, 0, -1)).filter((jobId) => !delayed.has(jobId))).toEqual([]);

    const due = soon.map((program) => `window-closing-1d_${program.id}`);
    const fired = await waitFor(
      'every due reminder of the batch to fire',
      async () => {
        const current = await db.reminder.findMany({ where: { id: { in: due } } });
        return current.every((row) => row.status === 'fired') ? current : null;
      },
      { timeoutMs: 60_000 },
    );
    // Let any duplicate job show itself before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const row of fired) expect(planner.toldAbout(`reminder:${row.id}@${row.dueAt.toISOString()}`)).toHaveLength(1);
    // Fired jobs leave Redis (the worker's FINISHED_REMINDER_JOBS); the others wait.
    expect(await queue().getJobCounts('completed', 'failed')).toEqual({ completed: 0, failed: 0 });
    expect(await db.reminder.count({ where: { subjectId: { in: subjectIds }, status: 'pending' } })).toBe(1_050);
  }, 150_000);

  it('after Redis lost everything while the service was down, fires every reminder once, at its time', async () => {
    const now = Date.now();
    // Due while the service is down: fires as soon as it is back.
    const missed = programRow(new Date(now + DAY + 3 * SECOND));
    // Due after the restart, each at its own time.
    const soon = programRow(new Date(now + DAY + 8 * SECOND), { decisionReleaseAt: new Date(now + 9 * SECOND) });
    const later = programRow(new Date(now + DAY + 10 * SECOND), { decisionReleaseAt: new Date(now + 11 * SECOND) });
    for (const program of [missed, soon, later]) await programChanged(program);
    const due = [
      `window-closing-1d_${missed.id}`,
      `window-closing-1d_${soon.id}`,
      `decision-release_${soon.id}`,
      `window-closing-1d_${later.id}`,
      `decision-release_${later.id}`,
    ];
    // Not due within the test: their jobs must be back too.
    const farAhead = [missed, soon, later].map((program) => `travel-approaching_${program.id}`);
    await Promise.all([...due, ...farAhead].map(synced));

    await stop();
    await loseRedisData();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, now + 4 * SECOND - Date.now())));
    const restartedAt = Date.now();
    await start();

    for (const program of [soon, later, missed]) {
      expect(await jobState(reminderJobId(`travel-approaching_${program.id}`, (await reminder(`travel-approaching_${program.id}`)).dueAt))).toBe('delayed');
    }
    const fired = await waitFor(
      'every due reminder to fire',
      async () => {
        const rows = await db.reminder.findMany({ where: { id: { in: due } } });
        return rows.every((row) => row.status === 'fired') ? rows : null;
      },
      { timeoutMs: 20_000 },
    );
    // Let any duplicate job show itself before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    for (const row of fired) {
      const told = planner.toldAbout(`reminder:${row.id}@${row.dueAt.toISOString()}`);
      expect(told).toHaveLength(1);
      expect(told[0]!.at).toBeGreaterThanOrEqual(row.dueAt.getTime());
      expect(row.firedAt!.getTime()).toBeGreaterThanOrEqual(row.dueAt.getTime());
    }
    const missedRow = fired.find((row) => row.id === `window-closing-1d_${missed.id}`)!;
    expect(missedRow.firedAt!.getTime()).toBeLessThan(restartedAt + 5 * SECOND);
    expect(planner.toldAbout(`reminder:${missedRow.id}@${missedRow.dueAt.toISOString()}`)[0]).toMatchObject({
      type: 'reminder.application-window-closing',
      audience: { kind: 'program-interest', exchangeProgramId: missed.id },
    });
    expect(await db.reminder.count({ where: { id: { in: farAhead }, status: 'pending' } })).toBe(3);
  });
});

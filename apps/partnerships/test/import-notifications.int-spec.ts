import type { PrismaClient as ExchangesDb } from '@scn-prisma/exchanges';
import type { PrismaClient as NotificationsDb } from '@scn-prisma/notifications';
import type { PrismaClient as PartnershipsDb } from '@scn-prisma/partnerships';
import { DATABASE } from '@scn/platform';
import { waitFor as waitUntil } from '@scn/testing';
import { existsSync, readFileSync } from 'node:fs';
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';
import { finishImport, IMPORTS, REAL_FILE, stopImportPlatform } from './import-client';

// An import tells people once, not once per row (issue #14, item 6): a few hundred rows of
// the shared list go through the gateway with the partnerships, exchanges and notifications
// services behind it. The exchanges service still learns every imported partnership from
// its event; the notifications service makes no notification of them, and one (email and
// inbox) for the staff member who started the import, when it completes.

/** Events cross three services here: give them longer than a unit of work. */
const waitFor = (what: string, probe: () => Promise<boolean>) => waitUntil(what, probe, { timeoutMs: 120_000, intervalMs: 200 });

/** Every how many rows of the list one is taken: a few hundred rows of many countries. */
const EVERY = 80;

(existsSync(REAL_FILE) ? describe : describe.skip)('an import of partnerships tells the one who started it, once', () => {
  let gateway: GatewayUnderTest;
  let token: string;
  let staffId: string;
  let partnerships: PartnershipsDb;
  let exchanges: ExchangesDb;
  let notifications: NotificationsDb;

  const finish = (id: string) => finishImport(gateway, token, id);

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ withPartnerships: true, withExchanges: true, withNotifications: true });
    const session = await gateway.login();
    token = session.accessToken;
    staffId = session.caller.accountId;
    partnerships = gateway.backends[0]!.service.app.get<PartnershipsDb>(DATABASE);
    exchanges = gateway.backends[1]!.service.app.get<ExchangesDb>(DATABASE);
    notifications = gateway.backends[2]!.service.app.get<NotificationsDb>(DATABASE);
    // The bootstrap staff account is announced by the gateway (account.activated.v1) like
    // any activated one: the notifications service knows whom to tell before the import.
    await waitFor('the notifications service to know the staff account', async () => (await notifications.recipient.findFirst({ where: { accountId: staffId } })) !== null);
  }, 120_000);

  afterAll(() => gateway && stopImportPlatform(gateway));

  it('imports a few hundred rows: every partnership reaches the exchanges service, one notification reaches the staff member', async () => {
    const [header, ...lines] = readFileSync(REAL_FILE, 'utf8').split(/\r?\n/).filter(Boolean);
    const rows = lines.filter((_, index) => index % EVERY === 0);
    expect(rows.length).toBeGreaterThan(200);
    const started = await gateway.request('POST', `${IMPORTS}?fileName=twin-cities-sample.csv`, {
      token,
      body: [header, ...rows].join('\n'),
      headers: { 'content-type': 'text/csv' },
    });
    expect(started.status).toBe(202);
    const job = await finish(started.body.id);
    expect(job).toMatchObject({ status: 'completed', totalRows: rows.length });
    expect(job.createdCount).toBeGreaterThan(200);

    // Events still flow: the exchanges service (and the notifications read model) learn every imported partnership.
    const ids = (await partnerships.partnership.findMany({ select: { id: true } })).map((row) => row.id);
    expect(ids).toHaveLength(job.createdCount);
    await waitFor('the exchanges service to know every imported partnership', async () =>
      (await exchanges.knownPartnership.count({ where: { id: { in: ids } } })) === ids.length,
    );
    await waitFor('the notifications service to know every imported partnership', async () =>
      (await notifications.knownPartnership.count({ where: { id: { in: ids } } })) === ids.length,
    );
    await waitFor('the import’s notification', async () => (await notifications.notification.count({ where: { type: 'partnership-import.completed' } })) > 0);
    const events = await partnerships.$queryRawUnsafe<Array<{ type: string; imported: boolean | null }>>(
      `SELECT type, (payload->'data'->>'imported')::boolean AS imported FROM outbox_events ORDER BY seq`,
    );
    expect(events.filter((event) => event.type === 'partnership.activated.v1')).toHaveLength(job.createdCount);
    expect(events.filter((event) => event.type === 'partnership.activated.v1' && event.imported !== true)).toEqual([]);
    expect(events.filter((event) => event.type === 'partnership-import.completed.v1')).toHaveLength(1);

    // One notification, to the one who started it (its email and its inbox item), none per row.
    const made = await notifications.notification.findMany({ include: { recipient: true } });
    console.info(
      `import of ${rows.length} rows: ${job.createdCount} partnerships created, known to the exchanges service; ` +
        `notifications made: ${made.length} (${[...new Set(made.map((row) => `${row.type}/${row.channel}`))].join(', ')})`,
    );
    expect(made.filter((row) => row.type === 'partnership.activated')).toEqual([]);
    expect(made.map((row) => ({ type: row.type, channel: row.channel, accountId: row.recipient?.accountId })).sort((a, b) => a.channel.localeCompare(b.channel))).toEqual([
      { type: 'partnership-import.completed', channel: 'email', accountId: staffId },
      { type: 'partnership-import.completed', channel: 'inbox', accountId: staffId },
    ]);
    expect(new Set(made.map((row) => row.sourceKey)).size).toBe(1);
    expect(made[0]!.payload).toMatchObject({
      importId: job.id,
      fileName: 'twin-cities-sample.csv',
      dryRun: false,
      rows: rows.length,
      created: job.createdCount,
      unchanged: job.unchangedCount,
      problemsPath: `${IMPORTS}/${job.id}/problems`,
    });
    // No anniversary of an imported partnership fires on the import day for a date already past.
    const reminders = await notifications.$queryRawUnsafe<Array<{ due: number }>>(`SELECT count(*)::int AS due FROM reminders WHERE due_at <= now()`);
    expect(reminders[0]!.due).toBe(0);
  }, 300_000);

  it('tells a dry run once too, as a preview', async () => {
    const [header, ...lines] = readFileSync(REAL_FILE, 'utf8').split(/\r?\n/).filter(Boolean);
    const rows = lines.filter((_, index) => index % EVERY === 1).slice(0, 100);
    const started = await gateway.request('POST', `${IMPORTS}?fileName=preview.csv&dryRun=true`, {
      token,
      body: [header, ...rows].join('\n'),
      headers: { 'content-type': 'text/csv' },
    });
    expect(started.status).toBe(202);
    const job = await finish(started.body.id);
    expect(job.status).toBe('completed');
    const ofPreview = () => notifications.notification.findMany({ where: { type: 'partnership-import.completed', payload: { path: ['importId'], equals: job.id } } });
    await waitFor('the preview’s notification', async () => (await ofPreview()).length === 2);
    const made = await ofPreview();
    expect(made.map((row) => row.channel).sort()).toEqual(['email', 'inbox']);
    expect(made[0]!.payload).toMatchObject({ dryRun: true, fileName: 'preview.csv', rows: rows.length });
    expect(await notifications.notification.count({ where: { type: 'partnership.activated' } })).toBe(0);
  }, 300_000);
});

if (!existsSync(REAL_FILE)) {
  console.warn(`Skipped the import notifications test: ${REAL_FILE} is absent (../shared/data beside the checkout).`);
}

import type { PrismaClient } from '@scn-prisma/notifications';
import type { RawSql } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { NotificationsConfig } from '../src/config';
import type { Audience, WebhookReach } from '../src/notifying/domain/audience';
import type { NotificationRequest } from '../src/notifying/domain/notification-request';
import { AudienceResolver } from '../src/notifying/infra/audience-resolver';
import { NotificationPlanner } from '../src/notifying/notification-planner';
import { BothTransactions } from './support/both-transactions';

// The planner is raw SQL (issue #16): an application's events plan their notifications in
// transactions on the pg pool, announcements and the rest in Prisma's. Whom it reaches —
// people through every kind of audience, webhook endpoints through every kind of reach, a
// preference, a disabled account, an endpoint's types — must be the same in both.

const LYON = 'gn:2996944';
const OSAKA = 'gn:1853909';

describe('the notification planner, in both kinds of transaction', () => {
  let both: BothTransactions;
  let db: PrismaClient;
  const planner = new NotificationPlanner(new AudienceResolver(), { DIGEST_HOUR: 8 } as NotificationsConfig, {
    now: () => new Date('2026-12-06T12:00:00Z'),
  });
  const ids = { partnership: uuidv7(), memberProgram: uuidv7(), exchangeProgram: uuidv7() };

  beforeAll(async () => {
    both = await BothTransactions.create();
    db = both.db;

    const contact = (name: string) => ({ name, email: `${name}@contacts.test`, language: 'en' });
    await db.knownPartnership.create({
      data: {
        id: ids.partnership,
        memberProgramId: ids.memberProgram,
        memberCityId: 'gn:4164138',
        partnerCityId: LYON,
        memberCountryCode: 'US',
        partnerCountryCode: 'FR',
        status: 'active',
        memberContacts: [contact('member-side')],
        partnerContacts: [contact('partner-side')],
        lastChangedAt: new Date(),
      },
    });
    await db.knownMemberProgram.create({
      data: {
        id: ids.memberProgram,
        name: 'Miami Sister Cities',
        cityId: 'gn:4164138',
        countryCode: 'US',
        contacts: [contact('program-office')],
        membership: 'active',
        inGoodStanding: true,
        lastChangedAt: new Date(),
      },
    });
    await db.knownExchangeProgram.create({
      data: {
        id: ids.exchangeProgram,
        partnershipId: ids.partnership,
        memberProgramId: ids.memberProgram,
        title: 'Summer in Lyon',
        category: 'youth_education',
        season: 2027,
        status: 'open',
        applicationOpensAt: new Date('2026-11-01T00:00:00Z'),
        applicationClosesAt: new Date('2027-02-01T00:00:00Z'),
        travelStart: new Date('2027-07-01T00:00:00Z'),
        travelEnd: new Date('2027-07-21T00:00:00Z'),
        lastChangedAt: new Date(),
      },
    });
    const account = (name: string, grants: unknown[], disabled = false) =>
      db.recipient.create({
        data: { id: uuidv7(), accountId: uuidv7(), email: `${name}@accounts.test`, displayName: name, grants: grants as never, disabled },
      });
    const admin = await account('admin', [{ role: 'program-admin', scopeIds: [ids.memberProgram] }]);
    await account('lyon-contact', [{ role: 'partner-contact', scopeIds: [LYON] }]);
    await account('former-admin', [{ role: 'program-admin', scopeIds: [ids.memberProgram] }], true);
    await account('staff', [{ role: 'network-staff' }]);
    // The admin turned announcements' emails off: filtered, not dropped (the inbox keeps them).
    await db.channelPreference.create({ data: { recipientId: admin.id, category: 'announcements', channel: 'email', enabled: false } });

    const endpoint = (description: string, owner: 'network' | 'partner_city', more: { cityId?: string; types?: string[]; enabled?: boolean } = {}) =>
      db.webhookEndpoint.create({
        data: { id: uuidv7(), url: `http://127.0.0.1:9/${description}`, secret: 'whsec_test', description, owner, createdBy: uuidv7(), ...more },
      });
    await endpoint('network', 'network');
    await endpoint('lyon', 'partner_city', { cityId: LYON });
    await endpoint('osaka-announcements', 'partner_city', { cityId: OSAKA, types: ['announcement'] });
    await endpoint('network-other-types', 'network', { types: ['partnership.activated'] });
    await endpoint('network-disabled', 'network', { enabled: false });
  });

  afterAll(() => both?.dispose());

  /** Who got what: `<email, or an endpoint's description> <channel> <status>`, sorted. */
  async function reached(sourceKey: string): Promise<string[]> {
    const rows = await db.$queryRawUnsafe<Array<{ target: string; channel: string; status: string }>>(
      `SELECT coalesce(r.email, e.description) AS target, n.channel::text AS channel, n.status::text AS status
         FROM notifications n LEFT JOIN recipients r ON r.id = n.recipient_id LEFT JOIN webhook_endpoints e ON e.id = n.endpoint_id
        WHERE n.source_key = $1`,
      sourceKey,
    );
    return rows.map((row) => `${row.target} ${row.channel} ${row.status}`).sort();
  }

  const cases: Array<[string, Audience | Audience[], WebhookReach, string[]]> = [
    [
      "an exchange program's people (its program's admins, its partner side), and the partnership's city",
      { kind: 'exchange-program', exchangeProgramId: ids.exchangeProgram },
      { kind: 'partnership', partnershipId: ids.partnership },
      [
        'admin@accounts.test email filtered',
        'admin@accounts.test inbox queued',
        'lyon webhook queued',
        'lyon-contact@accounts.test email queued',
        'lyon-contact@accounts.test inbox queued',
        'network webhook queued',
        'partner-side@contacts.test email queued',
      ],
    ],
    [
      "both sides of a partnership, and one other city's endpoints",
      { kind: 'partnership', partnershipId: ids.partnership, sides: ['member', 'partner'] },
      { kind: 'city', cityId: OSAKA },
      [
        'admin@accounts.test email filtered',
        'admin@accounts.test inbox queued',
        'lyon-contact@accounts.test email queued',
        'lyon-contact@accounts.test inbox queued',
        'member-side@contacts.test email queued',
        'network webhook queued',
        'osaka-announcements webhook queued',
        'partner-side@contacts.test email queued',
        'program-office@contacts.test email queued',
      ],
    ],
    [
      "a member program and staff, and every city's endpoints",
      [{ kind: 'member-program', memberProgramId: ids.memberProgram }, { kind: 'staff' }],
      { kind: 'all' },
      [
        'admin@accounts.test email filtered',
        'admin@accounts.test inbox queued',
        'lyon webhook queued',
        'network webhook queued',
        'osaka-announcements webhook queued',
        'program-office@contacts.test email queued',
        'staff@accounts.test email queued',
        'staff@accounts.test inbox queued',
      ],
    ],
    [
      "an unknown partnership's people (nobody), and the network's endpoints",
      { kind: 'partnership', partnershipId: uuidv7(), sides: ['member', 'partner'] },
      { kind: 'partnership', partnershipId: uuidv7() },
      ['network webhook queued'],
    ],
  ];

  describe.each(BothTransactions.KINDS)('in %s', (_kind, transactionsOf) => {
    const client = () => transactionsOf(both);
    it.each(cases)('reaches %s', async (_case, audience, webhooks, expected) => {
      const announcementId = uuidv7();
      const request = {
        sourceKey: `announcement:${announcementId}`,
        type: 'announcement' as const,
        facts: { announcementId, title: 'Assembly', body: 'On 12 March.' },
        audience,
        webhooks,
      };
      const outcome = await client().$transaction((tx) => planner.plan(tx, request));
      const got = await reached(request.sourceKey);
      expect(got).toEqual(expected);
      expect(outcome).toEqual({ created: expected.length, filtered: expected.filter((line) => line.endsWith('filtered')).length });

      // Planned again (the event delivered twice): nothing new.
      expect(await client().$transaction((tx) => planner.plan(tx, request))).toEqual({ created: 0, filtered: 0 });
      expect(await reached(request.sourceKey)).toHaveLength(expected.length);
    });

    it('plans all its requests in one planMany as it plans them one by one, and makes nothing when repeated', async () => {
      const requests = await aBatchOfEveryKind();
      const sourceKeys = requests.map((request) => request.sourceKey);
      for (const request of requests) await client().$transaction((tx) => planner.plan(tx, request));
      const alone = await madeFor(sourceKeys);
      expect(new Set(alone.map((row) => `${row.channel} ${row.status}`))).toEqual(
        new Set(['email filtered', 'email queued', 'inbox queued', 'webhook queued']),
      );
      expect(alone.some((row) => row.not_before !== null) && alone.some((row) => row.in_digest)).toBe(true);
      await db.$executeRawUnsafe(`DELETE FROM notifications WHERE source_key = ANY($1::text[])`, sourceKeys);

      const outcome = await client().$transaction((tx) => planner.planMany(tx, requests));
      // The same rows in the same order (ids are time-ordered: each request's webhooks, then its people).
      expect(await madeFor(sourceKeys)).toEqual(alone);
      expect(outcome).toEqual({ created: alone.length, filtered: alone.filter((row) => row.status === 'filtered').length });

      expect(await client().$transaction((tx) => planner.planMany(tx, requests))).toEqual({ created: 0, filtered: 0 });
      expect(await madeFor(sourceKeys)).toHaveLength(alone.length);
    });

    it('plans a batch of accounts in the same few statements, however many requests it holds', async () => {
      const accountIds = await newAccounts(12);
      // Each reaches a partnership's city too, so that every kind of lookup is made.
      const requestsOf = (accounts: string[]) =>
        accounts.map((accountId): NotificationRequest => ({
          ...withdrawal({ kind: 'account', accountId }),
          webhooks: { kind: 'partnership', partnershipId: ids.partnership },
        }));
      const statementsOf = async (requests: NotificationRequest[]) => {
        const counter = { statements: 0 };
        const outcome = await client().$transaction((tx) => planner.planMany(counting(tx, counter), requests));
        // Email, inbox, and the network's and Lyon's endpoints.
        expect(outcome).toEqual({ created: 4 * requests.length, filtered: 0 });
        return counter.statements;
      };

      // The accounts, their preferences, the partnership's city, the endpoints, and the insert.
      expect(await statementsOf(requestsOf(accountIds.slice(0, 2)))).toBe(5);
      expect(await statementsOf(requestsOf(accountIds.slice(2)))).toBe(5);
    });

    it("plans a batch of nominations (a partnership's partner side and the host city's contacts, a program's admins) in the same few statements", async () => {
      const requestsOf = (count: number) =>
        Array.from({ length: count }, (_, i) =>
          withdrawal(
            i % 2
              ? [
                  { kind: 'partnership', partnershipId: ids.partnership, sides: ['partner'] },
                  { kind: 'city-contacts', cityId: LYON },
                ]
              : { kind: 'program-admins', memberProgramId: ids.memberProgram },
          ),
        );
      const statementsOf = async (requests: NotificationRequest[]) => {
        const counter = { statements: 0 };
        const outcome = await client().$transaction((tx) => planner.planMany(counting(tx, counter), requests));
        expect(outcome.created).toBeGreaterThanOrEqual(requests.length);
        return counter.statements;
      };
      // The partnership, its listed contacts (made recipients on first use, then read), the role holders, their preferences, and the insert.
      expect(await statementsOf(requestsOf(2))).toBe(6);
      expect(await statementsOf(requestsOf(12))).toBe(6);
    });
  });

  /** Every column of the notifications these causes made but their ids and times, in id order. */
  async function madeFor(sourceKeys: string[]): Promise<Array<Record<string, unknown>>> {
    const rows = await db.$queryRawUnsafe<Array<{ row: Record<string, unknown> }>>(
      `SELECT to_jsonb(n) - 'id' - 'created_at' - 'updated_at' AS row FROM notifications n WHERE source_key = ANY($1::text[]) ORDER BY id`,
      sourceKeys,
    );
    return rows.map(({ row }) => row);
  }

  /** New accounts without roles (the first in quiet hours at noon UTC, the second reading a daily digest): their account ids. */
  async function newAccounts(count: number): Promise<string[]> {
    const accounts = Array.from({ length: count }, (_, i) => ({
      id: uuidv7(),
      accountId: uuidv7(),
      email: `${uuidv7()}@batch.test`,
      displayName: `Account ${i}`,
      ...(i === 0 ? { timeZone: 'Asia/Tokyo', quietStartMinute: 20 * 60, quietEndMinute: 8 * 60 } : {}),
      ...(i === 1 ? { digest: 'daily' as const } : {}),
    }));
    await db.recipient.createMany({ data: accounts });
    return accounts.map((account) => account.accountId);
  }

  /** An application's event told to its applicant: what a batch of an application's events is mostly made of. */
  function withdrawal(audience: Audience | Audience[]): NotificationRequest {
    const applicationId = uuidv7();
    return {
      sourceKey: `event:${applicationId}`,
      type: 'application.withdrawn',
      facts: { applicationId, season: 2027, reason: 'Plans changed.' },
      audience,
    };
  }

  /** The cases' announcements, and accounts' notices: known, new, disabled, unknown, no uuid, among other audiences, twice. */
  async function aBatchOfEveryKind(): Promise<NotificationRequest[]> {
    const accounts = await db.recipient.findMany({ where: { email: { endsWith: '@accounts.test' } }, orderBy: { email: 'asc' } });
    const accountOf = (name: string) => accounts.find((account) => account.email === `${name}@accounts.test`)!.accountId!;
    const announcements = cases.map(([, audience, webhooks]): NotificationRequest => {
      const announcementId = uuidv7();
      const facts = { announcementId, title: 'Assembly', body: 'On 12 March.' };
      return { sourceKey: `announcement:${announcementId}`, type: 'announcement', facts, audience, webhooks };
    });
    const accountIds = [...accounts.map((account) => account.accountId!), ...(await newAccounts(3)), uuidv7(), 'not-a-uuid'];
    const notices = accountIds.map((accountId) => withdrawal({ kind: 'account', accountId }));
    return [
      ...announcements,
      ...notices,
      // The admin turned announcements' emails off, not applications': both in one read of the preferences.
      { ...announcements[2]!, sourceKey: `announcement:${uuidv7()}`, audience: { kind: 'account', accountId: accountOf('admin') }, webhooks: { kind: 'network' } },
      withdrawal([{ kind: 'account', accountId: accountOf('staff') }, { kind: 'staff' }, { kind: 'account', accountId: accountOf('lyon-contact').toUpperCase() }]),
      { ...withdrawal({ kind: 'account', accountId: accountOf('lyon-contact') }), channels: ['inbox'] },
      // An event delivered twice in one batch: the second makes nothing, as when planned after the first.
      notices[0]!,
    ];
  }
});

/** The transaction, counting the statements sent through it. */
function counting(tx: RawSql, counter: { statements: number }): RawSql {
  return {
    $queryRawUnsafe<T>(query: string, ...values: unknown[]) {
      counter.statements++;
      return tx.$queryRawUnsafe<T>(query, ...values);
    },
    $executeRawUnsafe(query: string, ...values: unknown[]) {
      counter.statements++;
      return tx.$executeRawUnsafe(query, ...values);
    },
  };
}

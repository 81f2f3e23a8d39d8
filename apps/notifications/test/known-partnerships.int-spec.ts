import type { PrismaClient } from '@scn-prisma/notifications';
import { createEvent, domainEvents, type EventData } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import type { AnyPartnershipEvent } from '../src/known-facts/domain/followed-events';
import { applyPartnershipEvents } from '../src/known-facts/infra/known-partnerships';
import { BothTransactions } from './support/both-transactions';
import { announceAccount, FAST_DELIVERY_ENV, NotificationsUnderTest, testAccount } from './support/notifications-harness';

// The known partnerships, as partnership events leave them (issue #16: two raw statements,
// run in Prisma's transactions and in those on the pg pool, whose results must be the same
// rows Prisma reads, with the same types). Here one event at a time; a batch of them in
// known-partnerships-batch.int-spec.ts.

const origin = { correlationId: 'known-partnerships-test', causationId: null };
const HASH = 'b'.repeat(64);

describe('known partnerships from partnership events', () => {
  let both: BothTransactions;
  let db: PrismaClient;

  beforeAll(async () => {
    both = await BothTransactions.create();
    db = both.db;
  });
  afterAll(() => both?.dispose());

  describe.each(BothTransactions.KINDS)('in %s', (_kind, transactionsOf) => {
    const client = () => transactionsOf(both);
    let ref: EventData<'partnership.reactivated.v1'>;
    let clock: number;
    beforeEach(() => {
      ref = {
        partnershipId: uuidv7(),
        memberProgramId: uuidv7(),
        memberCityId: 'gn:4164138',
        partnerCityId: 'gn:2996944',
        memberCountryCode: 'US',
        partnerCountryCode: 'FR',
      };
      clock = Date.parse('2026-12-01T10:00:00Z');
    });
    const at = (minutes: number) => new Date(clock + minutes * 60_000);
    const apply = (event: AnyPartnershipEvent) => client().$transaction(async (tx) => (await applyPartnershipEvents(tx, [event]))[0]!);
    const stored = () => db.knownPartnership.findUniqueOrThrow({ where: { id: ref.partnershipId } });
    const memberContacts = [{ name: 'Ana Ruiz', email: 'ana@miami.test', language: 'es' }];
    const partnerContacts = [{ name: 'Jean Dupont', email: 'jean@lyon.test', language: 'fr' }];
    const proposed = (minutes: number) =>
      createEvent(
        domainEvents,
        'partnership.proposed.v1',
        ref.partnershipId,
        { ...ref, title: 'Miami – Lyon', memberCityName: 'Miami', partnerCityName: 'Lyon', version: 1, termsHash: HASH, kind: 'sister_city', focusAreas: [], memberContacts, partnerContacts },
        origin,
        at(minutes),
      ) as AnyPartnershipEvent;
    const activated = (minutes: number) =>
      createEvent(
        domainEvents,
        'partnership.activated.v1',
        ref.partnershipId,
        { ...ref, version: 1, termsHash: HASH, startDate: '2026-05-09', firstSigning: true },
        origin,
        at(minutes),
      ) as AnyPartnershipEvent;

    it('keeps what each event gives and the rest as it was, and returns the row as Prisma reads it', async () => {
      const first = await apply(proposed(0));
      expect(first).toEqual(await stored());
      expect(first).toMatchObject({ status: 'proposed', title: 'Miami – Lyon', memberCityName: 'Miami', memberContacts, partnerContacts, startDate: null, lastChangedAt: at(0) });

      // Activated: a start date, no names, no contacts — the names and contacts stay.
      const second = await apply(activated(1));
      expect(second).toEqual(await stored());
      expect(second).toMatchObject({ status: 'active', title: 'Miami – Lyon', memberContacts, partnerContacts, startDate: new Date('2026-05-09T00:00:00Z') });

      // One side's contacts change: the other side's and the start date stay.
      const changed = [{ name: 'Luis Ortega', email: 'luis@miami.test' }];
      const third = await apply(
        createEvent(domainEvents, 'partnership.contact-changed.v1', ref.partnershipId, { ...ref, side: 'member', contacts: changed }, origin, at(2)) as AnyPartnershipEvent,
      );
      expect(third).toEqual(await stored());
      expect(third).toMatchObject({ status: 'active', memberContacts: changed, partnerContacts, startDate: new Date('2026-05-09T00:00:00Z') });
    });

    it('changes nothing for an event older than the last one applied; a terminated partnership stays terminated', async () => {
      await apply(activated(5));
      const before = await stored();
      expect(await apply(proposed(1))).toEqual(before);
      expect(await stored()).toEqual(before);

      await apply(createEvent(domainEvents, 'partnership.terminated.v1', ref.partnershipId, { ...ref, reason: 'ended' }, origin, at(6)) as AnyPartnershipEvent);
      const after = await apply(createEvent(domainEvents, 'partnership.reactivated.v1', ref.partnershipId, ref, origin, at(7)) as AnyPartnershipEvent);
      expect(after.status).toBe('terminated');
      expect(after.lastChangedAt).toEqual(at(7));
    });
  });
});

describe('partnership events through the service (their handler declared sqlOnly)', () => {
  const staff = testAccount('Ines', 'en', [{ role: 'network-staff', scopeIds: [] }]);
  let harness: NotificationsUnderTest;

  beforeAll(async () => {
    harness = await NotificationsUnderTest.start(FAST_DELIVERY_ENV);
    await announceAccount(harness, staff);
  });
  afterAll(() => harness?.stop());

  const activation = (partnershipId: string, imported: boolean) =>
    harness.events.publish('partnership.activated.v1', partnershipId, {
      partnershipId,
      memberProgramId: null,
      memberCityId: 'gn:4164138',
      partnerCityId: 'gn:2996944',
      memberCountryCode: 'US',
      partnerCountryCode: 'FR',
      title: 'Miami – Lyon',
      version: 1,
      termsHash: HASH,
      startDate: '1994-05-09',
      firstSigning: true,
      ...(imported && { imported: true }),
    });
  const learnt = (partnershipId: string) =>
    waitFor('the partnership known, with its anniversary', async () => {
      const [partnership, reminders] = await Promise.all([
        harness.db.knownPartnership.findUnique({ where: { id: partnershipId } }),
        harness.db.reminder.findMany({ where: { subjectId: partnershipId } }),
      ]);
      return partnership && reminders.length ? { partnership, reminders } : undefined;
    });

  it('learns an imported partnership and plans its anniversary, telling nobody', async () => {
    const partnershipId = uuidv7();
    const event = await activation(partnershipId, true);
    const { partnership, reminders } = await learnt(partnershipId);
    expect(partnership).toMatchObject({ status: 'active', startDate: new Date('1994-05-09T00:00:00Z') });
    expect(reminders).toEqual([expect.objectContaining({ kind: 'partnership-anniversary', status: 'pending', dueAt: expect.any(Date) })]);
    expect(reminders[0]!.dueAt.getUTCMonth()).toBe(4);
    expect(await harness.db.notification.count({ where: { sourceKey: `event:${event.id}` } })).toBe(0);
  });

  it('plans the notice of an activation that is news, with the same read model and anniversary', async () => {
    const partnershipId = uuidv7();
    const event = await activation(partnershipId, false);
    const { partnership, reminders } = await learnt(partnershipId);
    expect(partnership).toMatchObject({ status: 'active', startDate: new Date('1994-05-09T00:00:00Z') });
    expect(reminders).toEqual([expect.objectContaining({ kind: 'partnership-anniversary', status: 'pending' })]);
    await waitFor('its notice planned', async () => ((await harness.db.notification.count({ where: { sourceKey: `event:${event.id}` } })) > 0 ? true : undefined));
  });
});

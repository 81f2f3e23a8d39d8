import type { RawSql } from '@scn/platform';
import { createEvent, domainEvents, type EventData } from '@scn/contracts';
import { countingStatements, waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import type { NotificationsConfig } from '../src/config';
import { ApplyPartnershipEventHandler } from '../src/known-facts/commands/apply-partnership-event/apply-partnership-event.handler';
import type { AnyPartnershipEvent } from '../src/known-facts/domain/followed-events';
import { applyPartnershipEvents } from '../src/known-facts/infra/known-partnerships';
import { AudienceResolver } from '../src/notifying/infra/audience-resolver';
import { NotificationPlanner } from '../src/notifying/notification-planner';
import { ReminderPlanning } from '../src/reminders/reminder-planning';
import { BothTransactions } from './support/both-transactions';

// A lane's batch of partnership events is applied a run of distinct partnerships at a time
// (issue #16): one lock and one write of the read model and of the reminders per run, the
// run's notices planned together. The rows, the reminders and whom each notice reaches must
// be those of the events applied one after the other — also when a partnership comes back
// in the batch with new contacts, and in both kinds of transaction.

const T0 = Date.parse('2026-12-01T10:00:00Z');
const clock = { now: () => new Date('2026-12-07T12:00:00Z') };
const origin = { correlationId: 'known-partnerships-batch-test', causationId: null };
const HASH = 'c'.repeat(64);
const contact = (name: string, city: string) => ({ name, email: `${name.toLowerCase()}@${city}.test`, language: 'en' });
const [ANA, JEAN, LUIS] = [contact('Ana', 'miami'), contact('Jean', 'lyon'), contact('Luis', 'miami')];

/** What every partnership event carries: the partnership, its cities and countries. */
const ref = (partnershipId: string): EventData<'partnership.reactivated.v1'> => ({
  partnershipId,
  memberProgramId: null,
  memberCityId: 'gn:4164138',
  partnerCityId: 'gn:2996944',
  memberCountryCode: 'US',
  partnerCountryCode: 'FR',
});

/** Events of three partnerships, interleaved as on the stream; one arrives late and is skipped. */
function batchOfEvents(): { events: AnyPartnershipEvent[]; ids: string[] } {
  const ids = [uuidv7(), uuidv7(), uuidv7()];
  const [p, q, r] = ids as [string, string, string];
  const event = (type: AnyPartnershipEvent['type'], partnershipId: string, minute: number, data: Record<string, unknown> = {}) =>
    createEvent(domainEvents, type, partnershipId, { ...ref(partnershipId), ...data } as never, origin, new Date(T0 + minute * 60_000)) as AnyPartnershipEvent;
  const version = { version: 1, termsHash: HASH };
  const proposal = { ...version, title: 'Miami – Lyon', memberCityName: 'Miami', partnerCityName: 'Lyon', kind: 'sister_city', focusAreas: [], memberContacts: [ANA], partnerContacts: [JEAN] };
  return {
    ids,
    events: [
      event('partnership.proposed.v1', p, 0, proposal),
      event('partnership.proposed.v1', q, 0, proposal),
      event('partnership.approved.v1', p, 1, { ...version, side: 'member', signatoryName: 'Mayor', signatoryOffice: 'Mayor of Miami' }),
      event('partnership.contact-changed.v1', p, 2, { side: 'member', contacts: [LUIS] }),
      event('partnership.activated.v1', q, 1, { ...version, startDate: '2026-05-09', firstSigning: true }),
      event('partnership.activated.v1', r, 2, { ...version, startDate: '1994-06-01', firstSigning: true, imported: true, title: 'Miami – Lyon' }),
      event('partnership.proposed.v1', r, 1, proposal),
      event('partnership.suspended.v1', p, 3, { reason: 'municipal elections' }),
    ],
  };
}


describe.each(BothTransactions.KINDS)('partnership events a batch at a time, in %s', (_kind, transactionsOf) => {
  let both: BothTransactions;
  const handler = new ApplyPartnershipEventHandler(
    new NotificationPlanner(new AudienceResolver(), { DIGEST_HOUR: 8 } as NotificationsConfig, clock),
    new ReminderPlanning(clock),
  );

  beforeAll(async () => {
    both = await BothTransactions.create();
  });
  afterAll(() => both?.dispose());

  /** Applies `batches` of the events, each in one `executeMany`, in one transaction; returns the statements sent. */
  async function apply(batches: AnyPartnershipEvent[][]): Promise<number> {
    return transactionsOf(both).$transaction(async (raw: RawSql) => {
      const { tx, statements } = countingStatements(raw);
      for (const batch of batches) await handler.executeMany(batch, tx);
      return statements();
    });
  }

  /** What the events left, with partnerships named by their place in `ids` and notices by their event's place in `events`. */
  async function outcome(ids: string[], events: AnyPartnershipEvent[]) {
    const partnerships = await both.db.knownPartnership.findMany({ where: { id: { in: ids } } });
    const reminders = await both.db.reminder.findMany({ where: { subjectId: { in: ids } } });
    const notices = await both.db.notification.findMany({ where: { sourceKey: { in: events.map((event) => `event:${event.id}`) } } });
    // Listed contacts are recipients too (one per address): named by their address.
    const recipientIds = notices.flatMap((row) => (row.recipientId ? [row.recipientId] : []));
    const addresses = new Map((await both.db.recipient.findMany({ where: { id: { in: recipientIds } } })).map((row) => [row.id, row.email]));
    return {
      partnerships: partnerships
        .map(({ id, updatedAt: _updatedAt, ...row }) => ({ partnership: ids.indexOf(id), ...row }))
        .sort((a, b) => a.partnership - b.partnership),
      reminders: reminders
        .map((row) => ({ partnership: ids.indexOf(row.subjectId), kind: row.kind, status: row.status, dueAt: row.dueAt, payload: row.payload }))
        .sort((a, b) => a.partnership - b.partnership || a.kind.localeCompare(b.kind)),
      notices: notices
        .map((row) => ({ event: events.findIndex((event) => `event:${event.id}` === row.sourceKey), type: row.type, to: (row.recipientId && addresses.get(row.recipientId)) ?? row.targetKey, channel: row.channel, title: row.title }))
        .sort((a, b) => a.event - b.event || a.to.localeCompare(b.to) || a.channel.localeCompare(b.channel)),
    };
  }

  it('leave the rows, reminders and notices of the events applied one after the other', async () => {
    const batch = batchOfEvents();
    await apply([batch.events]);
    const alone = batchOfEvents();
    await apply(alone.events.map((event) => [event]));

    const batched = await outcome(batch.ids, batch.events);
    expect(batched).toEqual(await outcome(alone.ids, alone.events));

    expect(batched.partnerships).toEqual([
      expect.objectContaining({ partnership: 0, status: 'suspended', memberContacts: [LUIS], partnerContacts: [JEAN], title: 'Miami – Lyon' }),
      expect.objectContaining({ partnership: 1, status: 'active', memberContacts: [ANA], startDate: new Date('2026-05-09T00:00:00Z') }),
      // r's proposal came after its (imported) activation, older: skipped.
      expect.objectContaining({ partnership: 2, status: 'active', memberContacts: [], startDate: new Date('1994-06-01T00:00:00Z') }),
    ]);
    expect(batched.reminders.map(({ partnership, kind }) => ({ partnership, kind }))).toEqual([
      { partnership: 1, kind: 'partnership-anniversary' },
      { partnership: 2, kind: 'partnership-anniversary' },
    ]);
    // Whom a notice reaches is read from the partnership as its event left it: p's approval
    // reaches Ana, its suspension (after the contacts changed, in a later run) Luis.
    const reached = (event: number) => batched.notices.filter((notice) => notice.event === event).map((notice) => notice.to);
    expect(reached(2)).toEqual([ANA.email, JEAN.email].sort());
    expect(reached(7)).toEqual([JEAN.email, LUIS.email].sort());
    // Nothing for the contact change, the imported activation and the skipped proposal.
    expect(reached(3)).toEqual([]);
    expect(reached(5)).toEqual([]);
    expect(reached(6)).toEqual([]);
  });

  it('keep what another transaction gave a partnership it inserted meanwhile, where their event gives nothing', async () => {
    // The batch locks only the partnerships it finds; one not yet known may be inserted by
    // another replica before this write. Its row is then updated by the same rules.
    const { events } = batchOfEvents();
    const [proposed, , , changed] = events as [AnyPartnershipEvent, AnyPartnershipEvent, AnyPartnershipEvent, AnyPartnershipEvent];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const first = transactionsOf(both).$transaction(async (tx: RawSql) => {
      await applyPartnershipEvents(tx, [proposed]);
      inserted();
      await held;
    });
    await insertedYet;
    const second = transactionsOf(both).$transaction((tx: RawSql) => applyPartnershipEvents(tx, [changed]));
    // The second found nothing to lock and now waits for the first's row.
    await waitFor('the second transaction waiting on the first', async () => {
      const [row] = await both.db.$queryRawUnsafe<Array<{ waiting: number }>>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      return row!.waiting > 0 ? true : undefined;
    });
    release();
    await first;
    const [row] = await second;
    expect(row).toMatchObject({ status: 'proposed', title: 'Miami – Lyon', memberContacts: [LUIS], partnerContacts: [JEAN], lastChangedAt: new Date(changed.time) });
  });

  it('takes four statements for an import-like batch of any size: the read model and the reminders, a lock and a write each', async () => {
    const imported = (n: number) =>
      Array.from({ length: n }, (_, i) => {
        const partnershipId = uuidv7();
        const data = {
          ...ref(partnershipId),
          version: 1,
          termsHash: HASH,
          startDate: `19${String(60 + (i % 40))}-03-01`,
          firstSigning: true,
          imported: true,
        };
        return createEvent(domainEvents, 'partnership.activated.v1', partnershipId, data, origin, new Date(T0)) as AnyPartnershipEvent;
      });
    const forty = imported(40);
    expect(await apply([imported(2)])).toBe(4);
    expect(await apply([forty])).toBe(4);
    const ids = forty.map((event) => event.data.partnershipId);
    expect(await both.db.knownPartnership.count({ where: { id: { in: ids }, status: 'active' } })).toBe(40);
    expect(await both.db.reminder.count({ where: { subjectId: { in: ids }, kind: 'partnership-anniversary', status: 'pending' } })).toBe(40);
  });
});

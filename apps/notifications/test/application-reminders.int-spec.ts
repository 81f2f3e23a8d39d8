import type { RawSql } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { ApplicationEventInput } from '../src/reminders/domain/plan-application-reminders';
import { ReminderPlanning } from '../src/reminders/reminder-planning';
import { BothTransactions } from './support/both-transactions';

// A lane's batch of application events plans their reminders with one lock and one write
// per run of distinct applications (issue #16): the rows must be those the events make one
// after the other — also when one application's later event in the batch ends what its
// earlier one planned, and in both kinds of transaction.

const NOW = new Date('2026-12-06T12:00:00Z');
const DAY = 86_400_000;

/** A release's and its answers' events about three applications, in stream order. */
function batchOfEvents(): { events: ApplicationEventInput[]; applications: string[] } {
  const [a, b, c] = [uuidv7(), uuidv7(), uuidv7()];
  const [firstReferee, secondReferee] = [uuidv7(), uuidv7()];
  const exchangeProgramId = uuidv7();
  const time = NOW.toISOString();
  const base = (applicationId: string) => ({ applicationId, applicantId: uuidv7(), season: 2027 });
  const placement = { exchangeProgramId, side: 'member' };
  const offer = (applicationId: string, days: number) => ({
    type: 'application.offer-made.v1',
    time,
    data: { ...base(applicationId), placement, deadline: new Date(NOW.getTime() + days * DAY).toISOString(), promoted: false },
  });
  const referee = (recommendationId: string, name: string) => ({
    type: 'recommendation.requested.v1',
    time,
    data: {
      ...base(c),
      recommendationId,
      exchangeProgramId,
      programTitle: 'Youth orchestra',
      applicantName: 'Lucia',
      referee: { name, email: `${name}@referees.test` },
      language: 'es',
      uploadLink: { url: `https://scn.test/letters/${recommendationId}`, expiresAt: new Date(NOW.getTime() + 30 * DAY).toISOString() },
    },
  });
  return {
    applications: [a, b, c],
    events: [
      offer(a, 10),
      offer(b, 12),
      { type: 'application.offer-accepted.v1', time, data: { ...base(a), placement } },
      referee(firstReferee, 'ana'),
      { type: 'application.decision-released.v1', time, data: { ...base(b), outcome: 'accepted', placement, waitlists: [], explanations: [] } },
      referee(secondReferee, 'bruno'),
      { type: 'recommendation.received.v1', time, data: { ...base(c), recommendationId: firstReferee } },
      offer(b, 14),
    ],
  };
}

describe.each(BothTransactions.KINDS)('the reminders of a batch of application events, in %s', (_kind, transactionsOf) => {
  let both: BothTransactions;
  const planning = new ReminderPlanning({ now: () => NOW });

  beforeAll(async () => {
    both = await BothTransactions.create();
  });
  afterAll(() => both?.dispose());

  /** The applications' reminders, with what tells one from another but their ids. */
  async function remindersOf(applications: string[]) {
    const rows = await both.db.reminder.findMany({ where: { subjectId: { in: applications } }, orderBy: { id: 'asc' } });
    return rows.map((row) => ({
      id: row.id.replace(/_.*/, `_${applications.indexOf(row.subjectId)}`),
      subject: applications.indexOf(row.subjectId),
      dueAt: row.dueAt.getTime() - NOW.getTime(),
      status: row.status,
      statusReason: row.statusReason,
    }));
  }

  it('are those the events make one after the other: planned, ended by a later event of the batch, moved', async () => {
    const { events, applications } = batchOfEvents();
    await transactionsOf(both).$transaction((tx: RawSql) => planning.applicationEvents(tx, events));
    const batched = await remindersOf(applications);

    const alone = batchOfEvents();
    await transactionsOf(both).$transaction(async (tx: RawSql) => {
      for (const event of alone.events) await planning.applicationEvents(tx, [event]);
    });
    const oneByOne = await remindersOf(alone.applications);
    // Referee reminders are keyed by their recommendation, which differs between the two runs.
    const byRecommendation = (rows: typeof batched) => rows.map((row) => ({ ...row, id: row.id.startsWith('recommendation') ? 'recommendation' : row.id }));
    expect(byRecommendation(batched)).toEqual(byRecommendation(oneByOne));

    const outcome = batched
      .map(({ subject, dueAt, status, statusReason }) => [subject, dueAt / DAY, status, statusReason] as const)
      .sort((x, y) => x[0] - y[0] || x[1] - y[1] || String(x[2]).localeCompare(String(y[2])));
    expect(outcome).toEqual([
      // a: offered, then accepted in the same batch.
      [0, 7, 'cancelled', 'offer accepted'],
      [0, 9, 'cancelled', 'offer accepted'],
      // b: offered, then offered again with a later deadline (a promotion): moved.
      [1, 11, 'pending', null],
      [1, 13, 'pending', null],
      // c: two referees asked, the first one's letter came.
      [2, 7, 'cancelled', 'letter received'],
      [2, 7, 'pending', null],
    ]);
  });

  it('changes nothing when the same batch comes again', async () => {
    const { events, applications } = batchOfEvents();
    await transactionsOf(both).$transaction((tx: RawSql) => planning.applicationEvents(tx, events));
    const before = await remindersOf(applications);
    await transactionsOf(both).$transaction((tx: RawSql) => planning.applicationEvents(tx, events));
    expect(await remindersOf(applications)).toEqual(before);
  });
});

import { decideReminderChanges } from './decide-reminder-changes';
import { planApplicationReminders, type ApplicationEventInput } from './plan-application-reminders';
import { decideApplicationReminder } from './reminder-conditions';
import type { ExistingReminder } from './reminder-plan';

const APPLICATION = '0190f0c8-0000-7000-8000-0000000000a1';
const APPLICANT = '0190f0c8-0000-7000-8000-0000000000a2';
const ORCHESTRA = '0190f0c8-0000-7000-8000-0000000000b1';
const JAZZ = '0190f0c8-0000-7000-8000-0000000000b2';
const RECOMMENDATION = '0190f0c8-0000-7000-8000-0000000000c1';
const OTHER_RECOMMENDATION = '0190f0c8-0000-7000-8000-0000000000c2';
const DAY = 86_400_000;
const NOW = new Date('2027-04-01T10:00:00.000Z');
const DEADLINE = '2027-04-15T21:59:00.000Z';

const ref = { applicationId: APPLICATION, applicantId: APPLICANT, season: 2027 };
const event = (type: string, data: object, time = NOW.toISOString()): ApplicationEventInput => ({ type, time, data: { ...ref, ...data } });
const offerMade = (exchangeProgramId = ORCHESTRA, deadline = DEADLINE) =>
  event('application.offer-made.v1', { placement: { exchangeProgramId, side: 'member' }, deadline, promoted: false });
const requested = (recommendationId = RECOMMENDATION, time = NOW.toISOString()) =>
  event(
    'recommendation.requested.v1',
    {
      recommendationId,
      exchangeProgramId: ORCHESTRA,
      programTitle: 'Summer youth orchestra',
      applicantName: 'Lucía Fernández',
      referee: { name: 'Prof. Martín', email: 'martin@school.example' },
      language: 'es',
      uploadLink: { url: 'https://scn.example.org/recommendation?token=abc', expiresAt: '2027-05-01T10:00:00.000Z' },
    },
    time,
  );

/** The rows of a plan as the planning provider would have written them (pending). */
function planned(input: ApplicationEventInput, existing: ExistingReminder[] = []): ExistingReminder[] {
  const plan = planApplicationReminders(input)!;
  const changes = decideReminderChanges(plan.only ? existing.filter(plan.only) : existing, plan, NOW);
  const rows = new Map(existing.map((row) => [row.id, { ...row }]));
  for (const change of changes) {
    if (change.op === 'create') rows.set(change.reminder.id, { ...change.reminder, status: 'pending' });
    if (change.op === 'reschedule') Object.assign(rows.get(change.id)!, { dueAt: change.dueAt, payload: change.payload, status: 'pending' });
    if (change.op === 'cancel') Object.assign(rows.get(change.id)!, { status: 'cancelled' });
  }
  return [...rows.values()];
}

describe(planApplicationReminders.name, () => {
  it('an offer: reminders 3 days and 1 day before its deadline, recording whom and what to tell', () => {
    const rows = planned(offerMade());
    expect(rows.map((row) => [row.id, row.dueAt.toISOString(), row.status])).toEqual([
      [`offer-deadline-3d_${APPLICATION}`, '2027-04-12T21:59:00.000Z', 'pending'],
      [`offer-deadline-1d_${APPLICATION}`, '2027-04-14T21:59:00.000Z', 'pending'],
    ]);
    expect(rows[0]?.payload).toEqual({ applicantId: APPLICANT, season: 2027, exchangeProgramId: ORCHESTRA, side: 'member', deadline: DEADLINE });
  });

  it('the same offer twice writes nothing; an offer due in less than 3 days gets the 1-day reminder only', () => {
    const rows = planned(offerMade());
    const plan = planApplicationReminders(offerMade())!;
    expect(decideReminderChanges(rows, plan, NOW)).toEqual([]);
    const soon = planned(offerMade(ORCHESTRA, new Date(NOW.getTime() + 2 * DAY).toISOString()));
    expect(soon.map((row) => row.id)).toEqual([`offer-deadline-1d_${APPLICATION}`]);
  });

  it('a promotion moves the reminders to the new offer; the end of the place left behind does not cancel them', () => {
    const first = planned(offerMade(ORCHESTRA));
    const promoted = planned(offerMade(JAZZ, '2027-04-20T10:00:00.000Z'), first);
    expect(promoted.map((row) => [row.dueAt.toISOString(), row.status])).toEqual([
      ['2027-04-17T10:00:00.000Z', 'pending'],
      ['2027-04-19T10:00:00.000Z', 'pending'],
    ]);
    const oldPlaceDeclined = planned(event('application.offer-declined.v1', { placement: { exchangeProgramId: ORCHESTRA, side: 'member' }, reason: null }), promoted);
    expect(oldPlaceDeclined.every((row) => row.status === 'pending')).toBe(true);
  });

  it.each([
    ['application.offer-accepted.v1', 'offer accepted'],
    ['application.offer-declined.v1', 'offer declined'],
    ['application.offer-lapsed.v1', 'offer lapsed'],
    ['application.confirmed.v1', 'place confirmed'],
    ['nomination.refused.v1', 'nomination refused by the host city'],
  ])('%s ends the offer’s reminders', (type, reason) => {
    const rows = planned(offerMade());
    const plan = planApplicationReminders(event(type, { placement: { exchangeProgramId: ORCHESTRA, side: 'member' }, reason: 'x' }))!;
    const changes = decideReminderChanges(rows.filter(plan.only!), plan, NOW);
    expect(changes).toEqual([
      { op: 'cancel', id: `offer-deadline-3d_${APPLICATION}`, reason },
      { op: 'cancel', id: `offer-deadline-1d_${APPLICATION}`, reason },
    ]);
  });

  it('a referee: reminded 7 days after the request, unless their letter comes first; other referees are left alone', () => {
    const rows = planned(requested(OTHER_RECOMMENDATION), planned(requested()));
    expect(rows.map((row) => [row.id, row.dueAt.toISOString()])).toEqual([
      [`recommendation-unanswered_${RECOMMENDATION}`, '2027-04-08T10:00:00.000Z'],
      [`recommendation-unanswered_${OTHER_RECOMMENDATION}`, '2027-04-08T10:00:00.000Z'],
    ]);
    const received = planned(event('recommendation.received.v1', { recommendationId: RECOMMENDATION, exchangeProgramId: ORCHESTRA }), rows);
    expect(received.map((row) => row.status)).toEqual(['cancelled', 'pending']);
    // A request older than 7 days (processed late) plans nothing.
    expect(planned(requested(RECOMMENDATION, new Date(NOW.getTime() - 8 * DAY).toISOString()))).toEqual([]);
  });

  it('a referee the applicant removed is not reminded; other referees still are', () => {
    const rows = planned(requested(OTHER_RECOMMENDATION), planned(requested()));
    const cancelled = event('recommendation.cancelled.v1', { recommendationId: RECOMMENDATION, exchangeProgramId: ORCHESTRA });
    const plan = planApplicationReminders(cancelled)!;
    expect(decideReminderChanges(rows.filter(plan.only!), plan, NOW)).toEqual([
      { op: 'cancel', id: `recommendation-unanswered_${RECOMMENDATION}`, reason: 'referee removed' },
    ]);
    expect(planned(cancelled, rows).map((row) => [row.id, row.status])).toEqual([
      [`recommendation-unanswered_${RECOMMENDATION}`, 'cancelled'],
      [`recommendation-unanswered_${OTHER_RECOMMENDATION}`, 'pending'],
    ]);
  });

  it('a withdrawal ends every reminder of the application', () => {
    const rows = planned(requested(), planned(offerMade()));
    const withdrawn = planned(event('application.withdrawn.v1', { reason: 'x', cause: 'applicant', exchangeProgramId: null }), rows);
    expect(withdrawn.map((row) => row.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });

  it('plans nothing for the other events', () => {
    expect(planApplicationReminders(event('application.submitted.v1', { choices: [] }))).toBeNull();
    expect(planApplicationReminders({ type: 'matching.run-completed.v1', time: NOW.toISOString(), data: { runId: 'x' } })).toBeNull();
  });
});

describe(decideApplicationReminder.name, () => {
  const offerPayload = planned(offerMade())[0]!.payload;
  const at = (iso: string) => new Date(iso);

  it('fires the offer reminder to the applicant, counting the days left from now', () => {
    const decision = decideApplicationReminder('offer-deadline-3d', { applicationId: APPLICATION, payload: offerPayload, title: 'Summer youth orchestra' }, at('2027-04-12T21:59:00.000Z'));
    expect(decision).toEqual({
      fire: {
        type: 'reminder.offer-deadline',
        facts: {
          applicationId: APPLICATION,
          season: 2027,
          exchangeProgramId: ORCHESTRA,
          title: 'Summer youth orchestra',
          side: 'member',
          deadline: DEADLINE,
          daysLeft: 3,
          applicationPath: `/v1/me/applications/${APPLICATION}`,
        },
        audience: { kind: 'account', accountId: APPLICANT },
        webhooks: { kind: 'none' },
      },
    });
  });

  it('gives the 3-day reminder way to the 1-day one, and sends none after the deadline', () => {
    expect(decideApplicationReminder('offer-deadline-3d', { applicationId: APPLICATION, payload: offerPayload, title: null }, at('2027-04-15T00:00:00.000Z'))).toEqual({
      cancel: 'superseded by the one-day reminder',
    });
    expect(decideApplicationReminder('offer-deadline-1d', { applicationId: APPLICATION, payload: offerPayload, title: null }, at('2027-04-16T00:00:00.000Z'))).toEqual({
      cancel: 'offer deadline passed',
    });
    expect(decideApplicationReminder('offer-deadline-1d', { applicationId: APPLICATION, payload: {}, title: null }, NOW)).toEqual({ cancel: 'offer reminder without its facts' });
  });

  it('reminds the referee by email at their address, with the same link, while it is valid', () => {
    const payload = planned(requested())[0]!.payload;
    expect(decideApplicationReminder('recommendation-unanswered', { applicationId: APPLICATION, payload, title: null }, at('2027-04-08T10:00:00.000Z'))).toEqual({
      fire: {
        type: 'reminder.recommendation-unanswered',
        facts: {
          url: 'https://scn.example.org/recommendation?token=abc',
          expiresAt: '2027-05-01T10:00:00.000Z',
          applicantName: 'Lucía Fernández',
          programTitle: 'Summer youth orchestra',
          exchangeProgramId: ORCHESTRA,
          recommendationId: RECOMMENDATION,
        },
        audience: { kind: 'person', email: 'martin@school.example', displayName: 'Prof. Martín', language: 'es' },
        webhooks: { kind: 'none' },
        channels: ['email'],
      },
    });
    expect(decideApplicationReminder('recommendation-unanswered', { applicationId: APPLICATION, payload, title: null }, at('2027-05-02T00:00:00.000Z'))).toEqual({
      cancel: 'upload link expired',
    });
  });
});

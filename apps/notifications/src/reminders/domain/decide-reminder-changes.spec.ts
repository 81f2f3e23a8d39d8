import { decideReminderChanges, type ReminderChange } from './decide-reminder-changes';
import { planExchangeProgramReminders } from './plan-exchange-program-reminders';
import { planMemberProgramReminders } from './plan-member-program-reminders';
import { planPartnershipReminders } from './plan-partnership-reminders';
import type { ExistingReminder, ReminderPlan } from './reminder-plan';
import { exchangeProgram, MEMBER_PROGRAM_ID, memberProgram, partnership, PARTNERSHIP_ID, PROGRAM_ID } from './reminder.fixtures';

const NOW = new Date('2027-02-01T00:00:00Z');
const WEEK = `window-closing-7d_${PROGRAM_ID}`;
const DAY = `window-closing-1d_${PROGRAM_ID}`;
const DECISION = `decision-release_${PROGRAM_ID}`;
const TRAVEL = `travel-approaching_${PROGRAM_ID}`;

/** The rows a plan leaves behind, as the planning provider would write them. */
function applied(rows: ExistingReminder[], changes: ReminderChange[]): ExistingReminder[] {
  const byId = new Map(rows.map((row) => [row.id, { ...row }]));
  for (const change of changes) {
    if (change.op === 'create') byId.set(change.reminder.id, { ...change.reminder, status: 'pending' });
    if (change.op === 'reschedule') Object.assign(byId.get(change.id)!, { dueAt: change.dueAt, payload: change.payload, status: 'pending' });
    if (change.op === 'refresh') Object.assign(byId.get(change.id)!, { payload: change.payload });
    if (change.op === 'cancel') Object.assign(byId.get(change.id)!, { status: 'cancelled', ...(change.dueAt ? { dueAt: change.dueAt } : {}) });
  }
  return [...byId.values()];
}
const planOf = (overrides: Parameters<typeof exchangeProgram>[0] = {}) => planExchangeProgramReminders(exchangeProgram(overrides));
const rowsFor = (plan: ReminderPlan, status: ExistingReminder['status'] = 'pending') =>
  plan.wanted.map((reminder): ExistingReminder => ({ id: reminder.id, kind: reminder.kind, dueAt: reminder.dueAt, status, payload: reminder.payload }));
const ops = (changes: ReminderChange[]) => changes.map((change) => `${change.op} ${'id' in change ? change.id : change.reminder.id}`);

describe(decideReminderChanges.name, () => {
  const sut = decideReminderChanges;

  it('creates the reminders a new program wants', () => {
    expect(ops(sut([], planOf(), NOW))).toEqual([`create ${WEEK}`, `create ${DAY}`, `create ${DECISION}`, `create ${TRAVEL}`]);
  });

  it('changes nothing when the same plan is applied again (the same event twice)', () => {
    const rows = applied([], sut([], planOf(), NOW));
    expect(sut(rows, planOf(), NOW)).toEqual([]);
    expect(sut(rowsFor(planOf(), 'fired'), planOf(), NOW)).toEqual([]);
  });

  it('never creates a reminder whose time has already passed when it is first planned', () => {
    const lateProgram = planOf({ applicationClosesAt: new Date('2027-02-04T00:00:00Z') });
    expect(ops(sut([], lateProgram, NOW))).toEqual([`create ${DAY}`, `create ${DECISION}`, `create ${TRAVEL}`]);
  });

  it('moves a reminder whose date changed, to the new time', () => {
    const rows = rowsFor(planOf());
    const later = new Date('2027-03-15T17:00:00Z');
    const changes = sut(rows, planOf({ applicationClosesAt: later }), NOW);
    expect(changes).toEqual([
      { op: 'reschedule', id: WEEK, dueAt: new Date('2027-03-08T17:00:00Z'), payload: { applicationClosesAt: later.toISOString(), daysBefore: 7 } },
      { op: 'reschedule', id: DAY, dueAt: new Date('2027-03-14T17:00:00Z'), payload: { applicationClosesAt: later.toISOString(), daysBefore: 1 } },
    ]);
    expect(sut(applied(rows, changes), planOf({ applicationClosesAt: later }), NOW)).toEqual([]);
  });

  it('makes a fired reminder pending again when its date moves into the future (a new occurrence)', () => {
    const rows = rowsFor(planOf(), 'fired');
    expect(ops(sut(rows, planOf({ applicationClosesAt: new Date('2027-03-15T17:00:00Z') }), NOW))).toEqual([`reschedule ${WEEK}`, `reschedule ${DAY}`]);
  });

  it('cancels a pending reminder moved to a time already past, and leaves a fired one alone', () => {
    const soon = new Date('2027-02-05T00:00:00Z');
    const pending = sut(rowsFor(planOf()), planOf({ applicationClosesAt: soon }), NOW);
    expect(pending).toEqual([
      { op: 'cancel', id: WEEK, reason: 'moved to 2027-01-29T00:00:00.000Z, already past', dueAt: new Date('2027-01-29T00:00:00Z') },
      { op: 'reschedule', id: DAY, dueAt: new Date('2027-02-04T00:00:00Z'), payload: { applicationClosesAt: soon.toISOString(), daysBefore: 1 } },
    ]);
    expect(sut(applied(rowsFor(planOf()), pending), planOf({ applicationClosesAt: soon }), NOW)).toEqual([]);
    const fired = rowsFor(planOf(), 'fired').filter((row) => row.id === WEEK);
    expect(sut(fired, planOf({ applicationClosesAt: soon }), NOW).filter((change) => 'id' in change && change.id === WEEK)).toEqual([]);
  });

  it('leaves a pending reminder whose time passed unchanged, so it still fires (late, once)', () => {
    const rows = rowsFor(planOf());
    const afterTheWeekReminder = new Date('2027-02-23T00:00:00Z');
    expect(sut(rows, planOf(), afterTheWeekReminder)).toEqual([]);
  });

  it('cancels every pending reminder of a cancelled program, and only the pending ones', () => {
    const rows = rowsFor(planOf());
    rows[3]!.status = 'fired';
    expect(sut(rows, planOf({ status: 'cancelled' }), NOW)).toEqual([
      { op: 'cancel', id: WEEK, reason: 'exchange program cancelled' },
      { op: 'cancel', id: DAY, reason: 'exchange program cancelled' },
      { op: 'cancel', id: DECISION, reason: 'exchange program cancelled' },
    ]);
  });

  it('revives a reminder cancelled by planning when its condition holds again in time', () => {
    const closed = applied(rowsFor(planOf()), sut(rowsFor(planOf()), planOf({ status: 'closed' }), NOW));
    expect(closed.filter((row) => row.status === 'cancelled').map((row) => row.id)).toEqual([WEEK, DAY]);
    expect(ops(sut(closed, planOf({ status: 'open' }), NOW))).toEqual([`reschedule ${WEEK}`, `reschedule ${DAY}`]);
    expect(sut(closed, planOf({ status: 'open' }), new Date('2027-03-02T00:00:00Z'))).toEqual([]);
  });

  it('cancels the decision reminder when the decision date is removed', () => {
    expect(sut(rowsFor(planOf()), planOf({ decisionReleaseAt: null }), NOW)).toEqual([
      { op: 'cancel', id: DECISION, reason: 'no decision release date' },
    ]);
  });

  it('refreshes the recorded facts of a pending reminder without moving it', () => {
    const rows = rowsFor(planOf());
    rows[0]!.payload = { applicationClosesAt: 'old' };
    expect(ops(sut(rows, planOf(), NOW))).toEqual([`refresh ${WEEK}`]);
  });

  it('replaces the dues reminder when dues are paid further, and cancels it on withdrawal', () => {
    const paid2027 = planMemberProgramReminders(memberProgram({ duesPaidThrough: 2027 }));
    const rows = applied([], sut([], paid2027, NOW));
    const paid2028 = sut(rows, planMemberProgramReminders(memberProgram({ duesPaidThrough: 2028 })), NOW);
    expect(paid2028).toEqual([
      expect.objectContaining({ op: 'create', reminder: expect.objectContaining({ id: `dues-due_${MEMBER_PROGRAM_ID}_2029` }) }),
      { op: 'cancel', id: `dues-due_${MEMBER_PROGRAM_ID}_2028`, reason: 'dues paid through 2028' },
    ]);
    expect(sut(rows, planMemberProgramReminders(memberProgram({ membership: 'withdrawn' })), NOW)).toEqual([
      { op: 'cancel', id: `dues-due_${MEMBER_PROGRAM_ID}_2028`, reason: 'membership withdrawn' },
    ]);
  });

  it('keeps an anniversary still pending past its time, and plans the next one beside it', () => {
    const start = partnership({ startDate: new Date('2019-06-15T00:00:00Z') });
    const rows = applied([], sut([], planPartnershipReminders(start, NOW), NOW));
    expect(rows.map((row) => row.id)).toEqual([`partnership-anniversary_${PARTNERSHIP_ID}_2027`]);
    const afterIt = new Date('2027-06-16T00:00:00Z');
    expect(ops(sut(rows, planPartnershipReminders(start, afterIt), afterIt))).toEqual([`create partnership-anniversary_${PARTNERSHIP_ID}_2028`]);
  });

  it('plans only the next anniversary of a partnership new to it (an import): one already past this year never fires', () => {
    const imported = partnership({ startDate: new Date('1962-01-10T00:00:00Z') });
    expect(ops(sut([], planPartnershipReminders(imported, NOW), NOW))).toEqual([`create partnership-anniversary_${PARTNERSHIP_ID}_2028`]);
  });

  it('cancels anniversaries of a terminated partnership', () => {
    const rows = applied([], sut([], planPartnershipReminders(partnership(), NOW), NOW));
    expect(sut(rows, planPartnershipReminders(partnership({ status: 'terminated' }), NOW), NOW)).toEqual([
      { op: 'cancel', id: `partnership-anniversary_${PARTNERSHIP_ID}_2027`, reason: 'partnership terminated' },
    ]);
  });

  it('leaves rows of kinds the plan does not speak for alone', () => {
    const foreign: ExistingReminder = { id: `dues-due_${PROGRAM_ID}_2028`, kind: 'dues-due', dueAt: NOW, status: 'pending', payload: {} };
    expect(sut([foreign], planOf({ status: 'cancelled' }), NOW)).toEqual([]);
  });
});

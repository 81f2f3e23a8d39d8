import { MEMBER_PROGRAM_KINDS, reminderId } from './reminder-kinds';
import type { ReminderPlan } from './reminder-plan';
import { DAY_MS, reminderTimeOn } from './reminder-time';

/** What the plan reads of a member program (a row of the read model fits). */
export interface MemberProgramDues {
  id: string;
  membership: string;
  duesPaidThrough: number | null;
}

/** How long before the unpaid year begins (1 January) the dues reminder goes out. */
const DUES_NOTICE_DAYS = 30;

/**
 * The dues reminder a member program should have: while it is a member with dues paid
 * through year Y, one reminder 30 days before 1 January of Y+1 (2 December of Y, 09:00
 * UTC), id `dues-due_<program>_<Y+1>` (the year falling due). Paying further replaces it by
 * the next year's; a lapsed or withdrawn program wants none.
 */
export function planMemberProgramReminders(program: MemberProgramDues): ReminderPlan {
  const plan: ReminderPlan = { subjectId: program.id, kinds: MEMBER_PROGRAM_KINDS, wanted: [], unwanted: {} };
  if (program.membership !== 'member') {
    plan.unwanted['dues-due'] = `membership ${program.membership}`;
    return plan;
  }
  const paidThrough = program.duesPaidThrough;
  if (paidThrough === null) {
    plan.unwanted['dues-due'] = 'no dues paid yet';
    return plan;
  }
  const dueYear = paidThrough + 1;
  const notice = new Date(Date.UTC(dueYear, 0, 1) - DUES_NOTICE_DAYS * DAY_MS);
  plan.wanted.push({
    id: reminderId('dues-due', program.id, dueYear),
    kind: 'dues-due',
    subjectId: program.id,
    dueAt: reminderTimeOn(notice.getUTCFullYear(), notice.getUTCMonth(), notice.getUTCDate()),
    payload: { duesPaidThrough: paidThrough, dueDate: `${dueYear}-01-01` },
  });
  plan.otherOccurrence = `dues paid through ${paidThrough}`;
  return plan;
}

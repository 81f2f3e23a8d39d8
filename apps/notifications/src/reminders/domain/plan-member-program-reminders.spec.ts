import { MEMBER_PROGRAM_ID, memberProgram } from './reminder.fixtures';
import { planMemberProgramReminders } from './plan-member-program-reminders';

describe(planMemberProgramReminders.name, () => {
  const sut = planMemberProgramReminders;

  it('reminds a member 30 days before the first unpaid year begins (2 December, 09:00 UTC)', () => {
    const plan = sut(memberProgram({ duesPaidThrough: 2027 }));
    expect(plan.wanted).toEqual([
      {
        id: `dues-due_${MEMBER_PROGRAM_ID}_2028`,
        kind: 'dues-due',
        subjectId: MEMBER_PROGRAM_ID,
        dueAt: new Date('2027-12-02T09:00:00Z'),
        payload: { duesPaidThrough: 2027, dueDate: '2028-01-01' },
      },
    ]);
    expect(plan.otherOccurrence).toBe('dues paid through 2027');
  });

  it('counts 30 days back across a leap February the same way (1 January is what is due)', () => {
    expect(sut(memberProgram({ duesPaidThrough: 2028 })).wanted[0]?.dueAt).toEqual(new Date('2028-12-02T09:00:00Z'));
  });

  it.each([
    ['withdrawn', 2027, 'membership withdrawn'],
    ['lapsed', 2026, 'membership lapsed'],
    ['member', null, 'no dues paid yet'],
  ] as const)('wants none for membership %s paid through %s', (membership, duesPaidThrough, reason) => {
    const plan = sut(memberProgram({ membership, duesPaidThrough }));
    expect(plan.wanted).toEqual([]);
    expect(plan.unwanted).toEqual({ 'dues-due': reason });
  });
});

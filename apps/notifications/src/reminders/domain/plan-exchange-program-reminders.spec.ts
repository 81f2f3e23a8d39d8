import { exchangeProgram, PROGRAM_ID } from './reminder.fixtures';
import { planExchangeProgramReminders } from './plan-exchange-program-reminders';

const dueTimes = (plan: ReturnType<typeof planExchangeProgramReminders>) =>
  Object.fromEntries(plan.wanted.map((reminder) => [reminder.id, reminder.dueAt.toISOString()]));

describe(planExchangeProgramReminders.name, () => {
  const sut = planExchangeProgramReminders;

  it('plans the window closing 7 days and 1 day before, the decision release and the travel 14 days before at 09:00 UTC', () => {
    expect(dueTimes(sut(exchangeProgram()))).toEqual({
      [`window-closing-7d_${PROGRAM_ID}`]: '2027-02-22T17:00:00.000Z',
      [`window-closing-1d_${PROGRAM_ID}`]: '2027-02-28T17:00:00.000Z',
      [`decision-release_${PROGRAM_ID}`]: '2027-03-20T10:00:00.000Z',
      [`travel-approaching_${PROGRAM_ID}`]: '2027-06-17T09:00:00.000Z',
    });
  });

  it('records the dates each reminder is computed from', () => {
    const plan = sut(exchangeProgram());
    expect(plan.wanted.find((r) => r.kind === 'window-closing-1d')?.payload).toEqual({ applicationClosesAt: '2027-03-01T17:00:00.000Z', daysBefore: 1 });
    expect(plan.wanted.find((r) => r.kind === 'travel-approaching')?.payload).toEqual({ travelStart: '2027-07-01', daysBefore: 14 });
  });

  it('keeps every reminder of a published or paused program (a pause is checked when one fires)', () => {
    expect(sut(exchangeProgram({ status: 'published' })).wanted).toHaveLength(4);
    expect(sut(exchangeProgram({ status: 'paused' })).wanted).toHaveLength(4);
  });

  it('wants no decision-release reminder without a decision date', () => {
    const plan = sut(exchangeProgram({ decisionReleaseAt: null }));
    expect(plan.wanted.map((r) => r.kind)).toEqual(['window-closing-7d', 'window-closing-1d', 'travel-approaching']);
    expect(plan.unwanted).toEqual({ 'decision-release': 'no decision release date' });
  });

  it('drops the window-closing reminders once the window closed, keeping the decision and the travel', () => {
    const plan = sut(exchangeProgram({ status: 'closed' }));
    expect(plan.wanted.map((r) => r.kind)).toEqual(['decision-release', 'travel-approaching']);
    expect(plan.unwanted).toEqual({ 'window-closing-7d': 'application window closed', 'window-closing-1d': 'application window closed' });
  });

  it.each(['cancelled', 'completed'])('wants nothing of a %s program', (status) => {
    const plan = sut(exchangeProgram({ status }));
    expect(plan.wanted).toEqual([]);
    expect(Object.values(plan.unwanted)).toEqual(Array(4).fill(`exchange program ${status}`));
  });

  it('moves with the dates', () => {
    const plan = sut(exchangeProgram({ applicationClosesAt: new Date('2027-03-15T17:00:00Z'), travelStart: new Date('2027-08-01T00:00:00Z') }));
    expect(dueTimes(plan)).toMatchObject({
      [`window-closing-7d_${PROGRAM_ID}`]: '2027-03-08T17:00:00.000Z',
      [`travel-approaching_${PROGRAM_ID}`]: '2027-07-18T09:00:00.000Z',
    });
  });
});

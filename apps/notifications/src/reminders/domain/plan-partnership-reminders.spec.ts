import { PARTNERSHIP_ID, partnership } from './reminder.fixtures';
import { planPartnershipReminders } from './plan-partnership-reminders';

const at = (iso: string) => new Date(iso);
const ids = (plan: ReturnType<typeof planPartnershipReminders>) => plan.wanted.map((r) => `${r.id} ${r.dueAt.toISOString()} ${r.payload['years']}`);

describe(planPartnershipReminders.name, () => {
  const sut = planPartnershipReminders;

  it('plans the next anniversary at 09:00 UTC, its year in the id, with the latest past one (which may still be pending)', () => {
    const plan = sut(partnership({ startDate: at('2019-06-15T00:00:00Z') }), at('2027-03-01T00:00:00Z'));
    expect(ids(plan)).toEqual([
      `partnership-anniversary_${PARTNERSHIP_ID}_2026 2026-06-15T09:00:00.000Z 7`,
      `partnership-anniversary_${PARTNERSHIP_ID}_2027 2027-06-15T09:00:00.000Z 8`,
    ]);
  });

  it('moves to the next year once this year’s time has passed', () => {
    const plan = sut(partnership({ startDate: at('2019-06-15T00:00:00Z') }), at('2027-06-15T09:00:00Z'));
    expect(plan.wanted.map((r) => r.id)).toEqual([`partnership-anniversary_${PARTNERSHIP_ID}_2027`, `partnership-anniversary_${PARTNERSHIP_ID}_2028`]);
  });

  it('celebrates 29 February on 28 February in other years, and on 29 February in leap years', () => {
    const start = partnership({ startDate: at('2016-02-29T00:00:00Z') });
    expect(sut(start, at('2027-01-01T00:00:00Z')).wanted.at(-1)?.dueAt).toEqual(at('2027-02-28T09:00:00Z'));
    expect(sut(start, at('2027-03-01T00:00:00Z')).wanted.at(-1)?.dueAt).toEqual(at('2028-02-29T09:00:00Z'));
  });

  it('plans the first anniversary a year after signing, never a "0th" one', () => {
    const plan = sut(partnership({ startDate: at('2027-05-10T00:00:00Z') }), at('2027-05-10T12:00:00Z'));
    expect(ids(plan)).toEqual([`partnership-anniversary_${PARTNERSHIP_ID}_2028 2028-05-10T09:00:00.000Z 1`]);
  });

  it('keeps the anniversary of a suspended partnership (checked when it fires)', () => {
    expect(sut(partnership({ status: 'suspended' }), at('2027-01-01T00:00:00Z')).wanted).toHaveLength(2);
  });

  it.each([
    ['terminated', {}, 'partnership terminated'],
    ['proposed', { startDate: null }, 'partnership proposed'],
    ['active', { startDate: null }, 'partnership has no start date'],
  ] as const)('wants none for a %s partnership %j', (status, extra, reason) => {
    const plan = sut(partnership({ status, ...extra }), at('2027-01-01T00:00:00Z'));
    expect(plan.wanted).toEqual([]);
    expect(plan.unwanted).toEqual({ 'partnership-anniversary': reason });
  });
});

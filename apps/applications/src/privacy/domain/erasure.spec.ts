import { eraseApplicantDataBodySchema, ERASURE_CONFIRMATION } from '@scn/contracts';
import { erasureStep, erasureView, travelHasBegun } from './erasure';

describe('erasure', () => {
  it('withdraws every open application, and keeps a withdrawn one or one whose travel began', () => {
    for (const status of ['draft', 'submitted', 'in_review', 'accepted', 'waitlisted', 'offer_accepted', 'confirmed']) {
      expect(erasureStep({ status }, false)).toBe('withdraw');
    }
    expect(erasureStep({ status: 'withdrawn' }, false)).toBe('keep');
    expect(erasureStep({ status: 'confirmed' }, true)).toBe('keep');
  });

  it('counts travel as begun from its first day on, and never without a place', () => {
    const start = new Date('2027-07-01T00:00:00Z');
    expect(travelHasBegun(start, new Date('2027-06-30T23:59:59Z'))).toBe(false);
    expect(travelHasBegun(start, start)).toBe(true);
    expect(travelHasBegun(undefined, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });

  it('answers with what the erasure kept and freed', () => {
    const erasedAt = new Date('2026-12-04T10:00:00Z');
    expect(erasureView({ accountId: 'a', erasedAt, applications: 2, placesFreed: 1 })).toEqual({
      applicantId: 'a',
      erasedAt: '2026-12-04T10:00:00.000Z',
      applicationsKept: 2,
      placesFreed: 1,
    });
  });

  it('takes only the exact confirmation', () => {
    expect(eraseApplicantDataBodySchema.safeParse({ confirm: ERASURE_CONFIRMATION }).success).toBe(true);
    expect(eraseApplicantDataBodySchema.safeParse({ confirm: 'yes' }).success).toBe(false);
    expect(eraseApplicantDataBodySchema.safeParse({}).success).toBe(false);
  });
});

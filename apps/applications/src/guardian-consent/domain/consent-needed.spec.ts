import type { ApplicantProfile } from '../../applicants/domain/applicant-profile';
import type { KnownProgramState } from '../../known-programs/domain/known-program';
import { asksConsentOnSubmit, programsNeedingConsent } from './consent-needed';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const program = (id: string, travelStart: string) => ({ id, travelStart: day(travelStart) }) as KnownProgramState;
const profile = (overrides: Partial<ApplicantProfile> = {}) =>
  ({
    birthDate: day('2009-08-01'),
    guardian: { name: 'Bea', email: 'bea@example.org' },
    guardianConsentRequestedAt: null,
    guardianConsentGivenAt: null,
    ...overrides,
  }) as ApplicantProfile;

describe('guardian consent', () => {
  it('is needed for the programs whose travel starts before the applicant turns 18', () => {
    const programs = [program('july', '2027-07-01'), program('september', '2027-09-01')];
    expect(programsNeedingConsent(profile(), programs).map((p) => p.id)).toEqual(['july']);
  });

  it('is asked at submission once, of a named guardian, unless given', () => {
    const programs = [program('july', '2027-07-01')];
    expect(asksConsentOnSubmit(profile(), programs)).toBe(true);
    expect(asksConsentOnSubmit(profile({ guardian: null }), programs)).toBe(false);
    expect(asksConsentOnSubmit(profile({ guardianConsentRequestedAt: day('2027-01-01') }), programs)).toBe(false);
    expect(asksConsentOnSubmit(profile({ guardianConsentGivenAt: day('2027-01-01') }), programs)).toBe(false);
    expect(asksConsentOnSubmit(profile(), [program('september', '2027-09-01')])).toBe(false);
  });
});

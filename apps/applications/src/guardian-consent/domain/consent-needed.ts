import { AGE_OF_MAJORITY, ageOn, type ApplicantProfile } from '../../applicants/domain/applicant-profile';
import type { KnownProgramState } from '../../known-programs/domain/known-program';

/** The programs among `programs` for whose travel the applicant is a minor: their guardian must consent. */
export function programsNeedingConsent(profile: Pick<ApplicantProfile, 'birthDate'>, programs: Iterable<KnownProgramState>): KnownProgramState[] {
  return [...programs].filter((program) => ageOn(profile.birthDate, program.travelStart) < AGE_OF_MAJORITY);
}

/**
 * Whether a submission asks the guardian's consent now: the applicant is a minor on a
 * chosen program's travel date, names a guardian, and has neither been given nor asked for
 * consent (a request already out stays valid; the applicant may send a new one).
 */
export function asksConsentOnSubmit(profile: ApplicantProfile, programs: Iterable<KnownProgramState>): boolean {
  return (
    !!profile.guardian &&
    !profile.guardianConsentGivenAt &&
    !profile.guardianConsentRequestedAt &&
    programsNeedingConsent(profile, programs).length > 0
  );
}

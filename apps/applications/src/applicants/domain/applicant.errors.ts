import { APPLICANT_PROBLEMS as P, type CallerIdentity, type FieldViolation } from '@scn/contracts';
import { problemError, ValidationError } from '@scn/platform/errors';

/** The refusals of applicant profiles, each with its stable code (listed in APPLICANT_PROBLEMS). */
export const ApplicantErrors = {
  notSignedIn: () => problemError(P.notSignedIn, 'No signed-in account'),
  noProfile: () => problemError(P.noProfile, 'You have no applicant profile yet'),
  erased: () => problemError(P.erased, 'You erased your applicant data: nothing of it is kept, and this account cannot apply again'),
  invalid: (violation: FieldViolation) => new ValidationError([violation]),
};

/** The signed-in applicant's account id (the gateway lets only signed-in applicants call). */
export function applicantIdOf(caller: CallerIdentity | undefined): string {
  if (!caller) throw ApplicantErrors.notSignedIn();
  return caller.accountId;
}

import type { AccessRows } from './access-row';

/** The applicant's own data, downloaded or erased: the applicant only (the service answers with the caller's own). */
export const privacyAccess: AccessRows = {
  downloadMyApplicantData: ['applicant'],
  eraseMyApplicantData: ['applicant'],
};

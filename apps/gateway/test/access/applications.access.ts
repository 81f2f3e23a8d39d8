import type { AccessRows } from './access-row';

/** Who may call the applicant and application routes (operationId → access). */
export const applicationsAccess: AccessRows = {
  getMyApplicantProfile: ['applicant'],
  putMyApplicantProfile: ['applicant'],
  createMyApplication: ['applicant'],
  listMyApplications: ['applicant'],
  getMyApplication: ['applicant'],
  updateMyApplication: ['applicant'],
  submitMyApplication: ['applicant'],
  withdrawMyApplication: ['applicant'],
  acceptMyOffer: ['applicant'],
  declineMyOffer: ['applicant'],
};

/** Nominations: the hosts (the service decides which nominees each answers for). */
export const nominationsAccess: AccessRows = {
  listNominations: ['network-staff', 'partner-contact', 'program-admin'],
  acceptNomination: ['network-staff', 'partner-contact', 'program-admin'],
  refuseNomination: ['network-staff', 'partner-contact', 'program-admin'],
};

/** Matching runs: network staff only. */
export const matchingAccess: AccessRows = {
  startMatchingRun: ['network-staff'],
  commitMatchingRun: ['network-staff'],
  listMatchingRuns: ['network-staff'],
  getMatchingRun: ['network-staff'],
  listMatchingOutcomes: ['network-staff'],
};

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
};

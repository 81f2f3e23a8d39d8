import type { AccessRows } from './access-row';

const MANAGERS: AccessRows[string] = ['network-staff', 'program-admin'];

/**
 * Who may call the routes of application requirements, documents, recommendations and
 * guardian consent (operationId → access). Referees and guardians act by their emailed
 * link's token, without an account: those routes are public.
 */
export const requirementsAccess: AccessRows = {
  getExchangeProgramRequirements: 'public',
  getManagedExchangeProgramRequirements: MANAGERS,
  putExchangeProgramRequirements: MANAGERS,
  getMyApplicationAnswers: ['applicant'],
  putMyApplicationAnswers: ['applicant'],
  getMyApplicationChecklist: ['applicant'],
  listMyApplicationDocuments: ['applicant'],
  uploadMyApplicationDocument: ['applicant'],
  downloadMyApplicationDocument: ['applicant'],
  getMyReferees: ['applicant'],
  putMyReferees: ['applicant'],
  getRecommendationRequest: 'public',
  uploadRecommendationLetter: 'public',
  requestGuardianConsent: ['applicant'],
  getGuardianConsentRequest: 'public',
  giveGuardianConsent: 'public',
};

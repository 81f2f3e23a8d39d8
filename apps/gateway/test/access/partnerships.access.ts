import type { AccessRows } from './access-row';

const STAFF_AND_ADMINS: AccessRows[string] = ['network-staff', 'program-admin'];
const PARTIES: AccessRows[string] = ['network-staff', 'program-admin', 'partner-contact'];

/** Who may call the partnerships routes (operationId → access). */
export const partnershipsAccess: AccessRows = {
  proposePartnership: STAFF_AND_ADMINS,
  listPartnerships: PARTIES,
  getPartnership: PARTIES,
  getPartnershipHistory: PARTIES,
  approveAgreement: PARTIES,
  amendTerms: PARTIES,
  revertAmendment: PARTIES,
  suspendPartnership: STAFF_AND_ADMINS,
  reactivatePartnership: STAFF_AND_ADMINS,
  proposeTermination: PARTIES,
  approveTermination: PARTIES,
  setContacts: PARTIES,
};

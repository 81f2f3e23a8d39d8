import type { AgreementSide, AgreementTerms, Contact, ExchangeCategory } from '@scn/contracts';

export type PartnershipStatus = 'proposed' | 'active' | 'suspended' | 'terminated';
export type PartnershipKind = AgreementTerms['kind'];
export type VersionState = 'draft' | 'in_force' | 'superseded' | 'withdrawn';

/** One version of the terms; immutable but for its state. */
export interface AgreementVersionRecord {
  version: number;
  terms: AgreementTerms;
  termsHash: string;
  state: VersionState;
  createdBy: string | null;
}

/** One side's signature of one version, bound to the hash of the terms it signed. */
export interface ApprovalRecord {
  version: number;
  side: AgreementSide;
  termsHash: string;
  signatoryName: string;
  signatoryOffice: string;
  /** YYYY-MM-DD */
  signedOn: string;
  documentRef: string | null;
  approvedBy: string | null;
}

export interface PendingTermination {
  side: AgreementSide;
  reason: string;
  proposedBy: string | null;
  /** ISO timestamp */
  at: string;
}

/** Everything the lifecycle rules look at: one partnership with its versions and approvals. */
export interface PartnershipState {
  id: string;
  memberProgramId: string | null;
  memberCityId: string;
  partnerCityId: string;
  kind: PartnershipKind;
  focusAreas: ExchangeCategory[];
  status: PartnershipStatus;
  /** YYYY-MM-DD, set at the first signing. */
  startDate: string | null;
  currentVersion: number;
  inForceVersion: number | null;
  pendingTermination: PendingTermination | null;
  memberContacts: Contact[];
  partnerContacts: Contact[];
  versions: AgreementVersionRecord[];
  approvals: ApprovalRecord[];
}

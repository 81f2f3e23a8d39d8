import type { PartnershipStatus } from '@scn/contracts';

/** What this service keeps of a partnership. */
export interface KnownPartnershipState {
  id: string;
  memberProgramId: string | null;
  memberCityId: string;
  partnerCityId: string;
  /** ISO2 of each city; null for records kept from before events carried countries. */
  memberCountryCode: string | null;
  partnerCountryCode: string | null;
  status: PartnershipStatus;
  inForceVersion: number | null;
  /** Time of the last event applied. */
  lastChangedAt: Date;
}

/** The partnership events this service follows, by their short name (`partnership.<name>.v1`). */
export const FOLLOWED_PARTNERSHIP_EVENTS = [
  'proposed',
  'approved',
  'activated',
  'suspended',
  'reactivated',
  'termination-proposed',
  'terminated',
  'terms-amended',
  'amendment-reverted',
  'contact-changed',
  'city-corrected',
] as const;
export type FollowedPartnershipEvent = (typeof FOLLOWED_PARTNERSHIP_EVENTS)[number];

/** The facts of one partnership event that matter here (every partnership event carries the ids). */
export interface PartnershipFact {
  event: FollowedPartnershipEvent;
  time: Date;
  partnershipId: string;
  memberProgramId: string | null;
  memberCityId: string;
  partnerCityId: string;
  memberCountryCode: string;
  partnerCountryCode: string;
  /** `activated`: the version now in force. */
  version?: number;
  /** `amendment-reverted`: the version that stays in force. */
  inForceVersion?: number;
}

/** A partnership's status as it just changed, with the reason its event gave (suspension, termination). */
export interface PartnershipStatusChange {
  partnershipId: string;
  from: PartnershipStatus | null;
  to: PartnershipStatus;
  reason: string | null;
}

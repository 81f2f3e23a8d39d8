import { partnershipStatusAfter } from '@scn/contracts';
import type { KnownPartnershipState, PartnershipFact } from './known-partnership';

/**
 * The known partnership after `fact`, or null when the fact is to be skipped.
 *
 * The partnerships service publishes a partnership's events in order, but this read model
 * guards anyway: an event older than the last one applied is skipped. The status follows
 * the rules every read model of partnerships shares (`partnershipStatusAfter`: a
 * terminated partnership never comes back).
 */
export function applyPartnershipFact(current: KnownPartnershipState | null, fact: PartnershipFact): KnownPartnershipState | null {
  const ids = {
    id: fact.partnershipId,
    memberProgramId: fact.memberProgramId,
    memberCityId: fact.memberCityId,
    partnerCityId: fact.partnerCityId,
    memberCountryCode: fact.memberCountryCode,
    partnerCountryCode: fact.partnerCountryCode,
  };
  if (current && fact.time.getTime() < current.lastChangedAt.getTime()) return null;
  const status = partnershipStatusAfter(`partnership.${fact.event}.v1`, current?.status ?? null);
  // An event that implies no status (an approval, a contact change…) cannot start a record:
  // the partnership's `proposed` event comes first on the stream.
  if (!status) return null;
  return { ...ids, status, inForceVersion: inForceVersionAfter(current?.inForceVersion ?? null, fact), lastChangedAt: fact.time };
}

function inForceVersionAfter(current: number | null, fact: PartnershipFact): number | null {
  if (fact.event === 'activated' && fact.version !== undefined) return fact.version;
  if (fact.event === 'amendment-reverted' && fact.inForceVersion !== undefined) return fact.inForceVersion;
  return current;
}


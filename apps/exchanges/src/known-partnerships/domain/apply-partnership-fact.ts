import type { FollowedPartnershipEvent, KnownPartnershipState, PartnershipFact, PartnershipStatus } from './known-partnership';

/** The status an event moves a partnership to; undefined when the event does not change it. */
const STATUS_AFTER: Partial<Record<FollowedPartnershipEvent, PartnershipStatus>> = {
  proposed: 'proposed',
  activated: 'active',
  suspended: 'suspended',
  reactivated: 'active',
  terminated: 'terminated',
};

/**
 * The known partnership after `fact`, or null when the fact is to be skipped.
 *
 * The partnerships service publishes a partnership's events in order, but this read model
 * guards anyway: an event older than the last one applied is skipped, and a terminated
 * partnership never comes back (termination is final there too).
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
  const status = STATUS_AFTER[fact.event];
  if (!current) {
    // An event that implies no status (an approval, a contact change…) cannot start a record:
    // the partnership's `proposed` event comes first on the stream.
    if (!status) return null;
    return { ...ids, status, inForceVersion: inForceVersionAfter(null, fact), lastChangedAt: fact.time };
  }
  if (fact.time.getTime() < current.lastChangedAt.getTime()) return null;
  return {
    ...ids,
    status: current.status === 'terminated' ? 'terminated' : (status ?? current.status),
    inForceVersion: inForceVersionAfter(current.inForceVersion, fact),
    lastChangedAt: fact.time,
  };
}

function inForceVersionAfter(current: number | null, fact: PartnershipFact): number | null {
  if (fact.event === 'activated' && fact.version !== undefined) return fact.version;
  if (fact.event === 'amendment-reverted' && fact.inForceVersion !== undefined) return fact.inForceVersion;
  return current;
}


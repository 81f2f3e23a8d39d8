import type { AgreementSide, CallerIdentity } from '@scn/contracts';

/** Who acts on a partnership, and for which of its sides. */
export interface Actor {
  readonly accountId: string | null;
  /** Network staff act for either side and may do what only the network may (terminate at once). */
  readonly staff: boolean;
  readonly sides: ReadonlySet<AgreementSide>;
}

export interface PartnershipParties {
  memberProgramId: string | null;
  partnerCityId: string;
}

/**
 * The sides a caller acts for: staff both; a program admin the member side of its
 * programs' partnerships; a partner contact the partner side of its city's.
 */
export function actorFor(caller: CallerIdentity | undefined, parties: PartnershipParties): Actor {
  const sides = new Set<AgreementSide>();
  let staff = false;
  for (const grant of caller?.grants ?? []) {
    if (grant.role === 'network-staff') staff = true;
    if (grant.role === 'program-admin' && parties.memberProgramId && grant.scopeIds.includes(parties.memberProgramId)) sides.add('member');
    if (grant.role === 'partner-contact' && grant.scopeIds.includes(parties.partnerCityId)) sides.add('partner');
  }
  if (staff) sides.add('member').add('partner');
  return { accountId: caller?.accountId ?? null, staff, sides };
}

/** Whether the actor may see the partnership at all (outside their scope it does not exist for them). */
export function canSee(actor: Actor): boolean {
  return actor.staff || actor.sides.size > 0;
}

/** Which partnerships a caller may list: all (staff), or those of its programs and partner cities. */
export interface Visibility {
  all: boolean;
  memberProgramIds: string[];
  partnerCityIds: string[];
}

export function visibilityOf(caller: CallerIdentity | undefined): Visibility {
  const grants = caller?.grants ?? [];
  return {
    all: grants.some((grant) => grant.role === 'network-staff'),
    memberProgramIds: grants.filter((grant) => grant.role === 'program-admin').flatMap((grant) => grant.scopeIds),
    partnerCityIds: grants.filter((grant) => grant.role === 'partner-contact').flatMap((grant) => grant.scopeIds),
  };
}

import { coversEverything, coversResource, type CallerIdentity, type Role } from '@scn/contracts';

/** Who answers nominations: staff, a partner city's contacts, a member program's admins. */
export const HOSTS: readonly Role[] = ['network-staff', 'partner-contact', 'program-admin'];

/** The program's partnership, as far as hosting goes. */
export interface HostingProgram {
  memberProgramId: string | null;
  partnerCityId: string | null;
}

/**
 * Whether the caller answers for the host of a participant travelling from `side`: the
 * partner city's contacts host the member side's participants, the member program's
 * admins the partner side's; staff answer for every host.
 */
export function answersForHost(caller: CallerIdentity | undefined, program: HostingProgram, side: 'member' | 'partner'): boolean {
  if (!caller) return false;
  if (coversEverything(caller, HOSTS)) return true;
  return side === 'member'
    ? coversResource(caller, ['partner-contact'], { 'partner-city': [program.partnerCityId] })
    : coversResource(caller, ['program-admin'], { 'member-program': [program.memberProgramId] });
}

/** The scopes a caller hosts for: partner cities and member programs (null: everything, staff). */
export function hostScopes(caller: CallerIdentity | undefined): { partnerCityIds: string[]; memberProgramIds: string[] } | null {
  if (caller && coversEverything(caller, HOSTS)) return null;
  const grants = caller?.grants ?? [];
  return {
    partnerCityIds: grants.filter((grant) => grant.role === 'partner-contact').flatMap((grant) => grant.scopeIds),
    memberProgramIds: grants.filter((grant) => grant.role === 'program-admin').flatMap((grant) => grant.scopeIds),
  };
}

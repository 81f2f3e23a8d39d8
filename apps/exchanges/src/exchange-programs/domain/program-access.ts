import type { CallerIdentity } from '@scn/contracts';

/** Which programs a caller manages: all (staff), or those of the member programs they administer. */
export interface ManagerScope {
  all: boolean;
  memberProgramIds: string[];
}

export function managerScopeOf(caller: CallerIdentity | undefined): ManagerScope {
  const grants = caller?.grants ?? [];
  return {
    all: grants.some((grant) => grant.role === 'network-staff'),
    memberProgramIds: grants.filter((grant) => grant.role === 'program-admin').flatMap((grant) => grant.scopeIds),
  };
}

/** Whether the caller manages programs of this member program (outside their scope a program does not exist for them). */
export function manages(scope: ManagerScope, memberProgramId: string | null): boolean {
  return scope.all || (memberProgramId !== null && scope.memberProgramIds.includes(memberProgramId));
}

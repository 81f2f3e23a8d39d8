import type { CallerIdentity } from '@scn/contracts';

/** Which member programs a caller may see and change: all of them (staff), or those they administer. */
export type ProgramReach = { all: true } | { all: false; programIds: readonly string[] };

/**
 * Derived from the caller's grants only (the gateway checks roles too; the service does
 * not rely on it). Anonymous callers and other roles reach no program.
 */
export function programReach(caller: CallerIdentity | undefined): ProgramReach {
  const grants = caller?.grants ?? [];
  if (grants.some((grant) => grant.role === 'network-staff')) return { all: true };
  const programIds = grants.filter((grant) => grant.role === 'program-admin').flatMap((grant) => grant.scopeIds);
  return { all: false, programIds: [...new Set(programIds)] };
}

export function reaches(reach: ProgramReach, programId: string): boolean {
  return reach.all || reach.programIds.includes(programId);
}

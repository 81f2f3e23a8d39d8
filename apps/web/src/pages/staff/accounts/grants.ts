import type { components } from '../../../api/api-types.generated';

export type Grant = components['schemas']['Account']['grants'][number];
export type Role = Grant['role'];

/** What each scoped role is scoped to (as `libs/contracts/src/identity/roles.ts` says); the others carry no ids. */
export const SCOPE_OF: Record<Role, 'member-program' | 'exchange-program' | 'partner-city' | null> = {
  'network-staff': null,
  'program-admin': 'member-program',
  reviewer: 'exchange-program',
  applicant: null,
  'partner-contact': 'partner-city',
};

/** The grants with `role` switched on or off (switched on with no scope yet; the API asks for one). */
export function toggleRole(grants: Grant[], role: Role, on: boolean): Grant[] {
  const without = grants.filter((grant) => grant.role !== role);
  return on ? [...without, { role, scopeIds: [] }] : without;
}

/** The grants with `role`'s scope replaced (ids once each, in the order given). */
export function setScope(grants: Grant[], role: Role, scopeIds: string[]): Grant[] {
  return grants.map((grant) => (grant.role === role ? { ...grant, scopeIds: [...new Set(scopeIds)] } : grant));
}

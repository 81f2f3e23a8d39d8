import { ROLE_SCOPE_KINDS, type CallerIdentity, type Role, type ScopeKind } from './roles';

// Who may act on what, from the caller the gateway authenticated: the gateway checks
// roles only (holdsRole); the service that owns a resource decides scope in its handler,
// with these rules or its own reading of them.

/** The ids of the scopes (member programs, partner cities, …) a resource belongs to. */
export type ResourceScope = Partial<Record<ScopeKind, readonly (string | null | undefined)[]>>;

/** The caller's grants among the roles a route allows. */
export function grantsAllowedBy(caller: CallerIdentity, roles: readonly Role[]) {
  return caller.grants.filter((grant) => roles.includes(grant.role));
}

/** Whether the caller holds one of the roles a route allows. */
export function holdsRole(caller: CallerIdentity, roles: readonly Role[]): boolean {
  return grantsAllowedBy(caller, roles).length > 0;
}

/** Whether one of the caller's allowed grants is unscoped (staff): no resource needs checking. */
export function coversEverything(caller: CallerIdentity, roles: readonly Role[]): boolean {
  return grantsAllowedBy(caller, roles).some((grant) => ROLE_SCOPE_KINDS[grant.role] === null);
}

/**
 * Whether one of the caller's allowed grants covers the resource: staff always; an
 * applicant when the resource is their own; a scoped role when the resource belongs to
 * one of the scope ids of the grant.
 */
export function coversResource(caller: CallerIdentity, roles: readonly Role[], resource: ResourceScope): boolean {
  return grantsAllowedBy(caller, roles).some((grant) => {
    const kind = ROLE_SCOPE_KINDS[grant.role];
    if (kind === null) return true;
    const held = kind === 'self' ? [caller.accountId] : grant.scopeIds;
    const owners = resource[kind] ?? [];
    return owners.some((owner) => owner != null && held.includes(owner));
  });
}

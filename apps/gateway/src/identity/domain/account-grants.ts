import { ROLE_SCOPE_KINDS, type CallerIdentity, type RoleGrant } from '@scn/contracts';

/** A stored role grant row: one per role and scope id ('' for unscoped roles). */
export interface GrantRow {
  role: string;
  scopeId: string;
}

/** Folds grant rows into one grant per role with its scope ids. */
export function grantsFromRows(rows: readonly GrantRow[]): RoleGrant[] {
  const byRole = new Map<string, string[]>();
  for (const row of rows) {
    if (!(row.role in ROLE_SCOPE_KINDS)) continue;
    const ids = byRole.get(row.role) ?? [];
    if (row.scopeId) ids.push(row.scopeId);
    byRole.set(row.role, ids);
  }
  return [...byRole.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([role, scopeIds]) => ({ role: role as RoleGrant['role'], scopeIds: scopeIds.sort() }));
}

/** The rows that store a set of grants. */
export function rowsFromGrants(grants: readonly RoleGrant[]): GrantRow[] {
  return grants.flatMap((grant) =>
    grant.scopeIds.length ? grant.scopeIds.map((scopeId) => ({ role: grant.role, scopeId })) : [{ role: grant.role, scopeId: '' }],
  );
}

/** Whether a set of grants keeps the network-staff role. */
export function grantsStaff(grants: readonly RoleGrant[]): boolean {
  return grants.some((grant) => grant.role === 'network-staff');
}

/** Who an account is when it calls: its id, email and the roles its grant rows hold. */
export function callerOf(account: { id: string; email: string; grants: readonly GrantRow[] }): CallerIdentity {
  return { accountId: account.id, email: account.email, grants: grantsFromRows(account.grants) };
}

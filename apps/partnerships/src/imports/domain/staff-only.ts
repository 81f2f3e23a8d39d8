import type { CallerIdentity } from '@scn/contracts';

/** Imports are network staff's work (the gateway checks the role too; the service does not rely on it). */
export function isStaff(caller: CallerIdentity | undefined): boolean {
  return (caller?.grants ?? []).some((grant) => grant.role === 'network-staff');
}

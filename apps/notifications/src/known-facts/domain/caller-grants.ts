import type { CallerIdentity } from '@scn/contracts';

/** Whether the caller acts for the network (the delivery log, announcements and digests are staff's). */
export function isStaff(caller: CallerIdentity | undefined): boolean {
  return !!caller?.grants.some((grant) => grant.role === 'network-staff');
}

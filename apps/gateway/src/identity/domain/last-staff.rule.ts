import { identityError } from './identity.errors';

/** Where an account stands among the network's staff when it is about to lose the role or be disabled. */
export interface StaffStanding {
  /** Whether the account holds the network-staff role now. */
  isStaff: boolean;
  /** Active accounts other than this one that hold the network-staff role. */
  otherActiveStaff: number;
}

/** Refuses to leave the network without an active staff account (nobody could administer it). */
export function keepOneStaff(standing: StaffStanding): void {
  if (standing.isStaff && standing.otherActiveStaff === 0) throw identityError('lastStaff');
}

import { AGREEMENT_SIDES, type AgreementSide } from '@scn/contracts';
import type { PartnershipStatus } from './partnership.state';
import { LIFECYCLE } from './partnership.transitions';

/** What decides whose signature a partnership still waits for. */
export interface ApprovalStanding {
  status: PartnershipStatus;
  /** The state of its current version (`draft` until both sides signed it). */
  currentVersionState: 'draft' | 'in_force' | 'superseded' | 'withdrawn' | null;
  /** The sides that approved the current version. */
  approvedSides: readonly AgreementSide[];
}

/**
 * The sides whose signature the current version still lacks: none when it is in force, or
 * when the partnership's status allows no approval (suspended, terminated), as the entity's
 * `approve` would refuse it then.
 */
export function sidesAwaitingApproval(standing: ApprovalStanding): AgreementSide[] {
  const approvable: readonly PartnershipStatus[] = LIFECYCLE.approve.from;
  if (!approvable.includes(standing.status) || standing.currentVersionState !== 'draft') return [];
  return AGREEMENT_SIDES.filter((side) => !standing.approvedSides.includes(side));
}

import { PartnershipErrors } from './partnership.errors';
import type { PartnershipStatus } from './partnership.state';

/**
 * The state machine: in which statuses each action is allowed, and how a refusal names it.
 *
 *   proposed ──both sides sign──▶ active ◀──reactivate── suspended
 *       │                          │  └──────suspend──────▶ │
 *       └─withdraw─▶ terminated ◀──┴──termination approved──┘
 */
export const LIFECYCLE = {
  approve: { from: ['proposed', 'active'], refused: 'approved' },
  amend: { from: ['active'], refused: 'amended' },
  revertAmendment: { from: ['active', 'suspended'], refused: 'reverted to its terms in force' },
  suspend: { from: ['active'], refused: 'suspended' },
  reactivate: { from: ['suspended'], refused: 'reactivated' },
  proposeTermination: { from: ['proposed', 'active', 'suspended'], refused: 'terminated' },
  approveTermination: { from: ['active', 'suspended'], refused: 'terminated' },
  setContacts: { from: ['proposed', 'active', 'suspended'], refused: 'given new contacts' },
} as const satisfies Record<string, { from: readonly PartnershipStatus[]; refused: string }>;

export type LifecycleAction = keyof typeof LIFECYCLE;

/** Throws PARTNERSHIP.ILLEGAL_TRANSITION unless `action` is allowed in `status`. */
export function assertAllowed(status: PartnershipStatus, action: LifecycleAction): void {
  const rule = LIFECYCLE[action];
  if (!(rule.from as readonly PartnershipStatus[]).includes(status)) throw PartnershipErrors.illegalTransition(status, rule.refused);
}

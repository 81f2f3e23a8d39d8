import type { z } from 'zod';
import type { EventType } from '../events/event-type';
import type { partnershipStatusSchema } from './common';

export type PartnershipStatus = z.infer<typeof partnershipStatusSchema>;

/** The events that set a partnership's status; the other `partnership.*` events leave it as it is. */
const STATUS_SET_BY: Partial<Record<EventType, PartnershipStatus>> = {
  'partnership.proposed.v1': 'proposed',
  'partnership.activated.v1': 'active',
  'partnership.suspended.v1': 'suspended',
  'partnership.reactivated.v1': 'active',
  'partnership.terminated.v1': 'terminated',
};

/**
 * A partnership's status after one of its events, for the services that follow
 * partnerships from their events (read models of exchanges and notifications): the status
 * the event sets, else the `current` one; a terminated partnership stays terminated (as it
 * does in the partnerships service). Null when neither the event nor `current` (null: not
 * known yet) says, e.g. a contact change arriving before anything else of the partnership.
 */
export function partnershipStatusAfter(eventType: string, current: PartnershipStatus | null): PartnershipStatus | null {
  if (current === 'terminated') return 'terminated';
  return STATUS_SET_BY[eventType as EventType] ?? current;
}

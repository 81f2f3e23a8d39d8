import type { ResolvedRecipient } from './recipient';
import { afterQuietHours, nextDigestTime } from './delivery-timing';

export type PersonChannel = 'email' | 'inbox';

/** How one notification to one person on one channel is to go. */
export type DeliveryDecision =
  | { status: 'queued'; notBefore: Date | null; inDigest: boolean }
  | { status: 'filtered'; reason: string };

export interface DecisionInput {
  channel: PersonChannel;
  category: string;
  critical: boolean;
  recipient: ResolvedRecipient;
  /** False when the recipient turned this category off on this channel. */
  enabled: boolean;
  now: Date;
  digestHour: number;
}

/**
 * Applies a recipient's wishes. Critical messages (password reset, invitations) go at once
 * whatever they chose. Otherwise: an opted-out channel gets nothing; email waits for the
 * end of quiet hours, or for the daily digest. The inbox is silent, so it never waits.
 */
export function decideDelivery(input: DecisionInput): DeliveryDecision {
  const { channel, critical, recipient, now } = input;
  if (critical) return { status: 'queued', notBefore: null, inDigest: false };
  if (!input.enabled) return { status: 'filtered', reason: `opted out of ${input.category} by ${channel}` };
  if (channel === 'inbox') return { status: 'queued', notBefore: null, inDigest: false };
  if (recipient.digest === 'daily') {
    return { status: 'queued', notBefore: nextDigestTime(now, recipient.timeZone, input.digestHour), inDigest: true };
  }
  if (recipient.quietStartMinute !== null && recipient.quietEndMinute !== null) {
    const at = afterQuietHours(now, {
      timeZone: recipient.timeZone,
      startMinute: recipient.quietStartMinute,
      endMinute: recipient.quietEndMinute,
    });
    return { status: 'queued', notBefore: at > now ? at : null, inDigest: false };
  }
  return { status: 'queued', notBefore: null, inDigest: false };
}

import type { NotificationType } from '../../catalogue/notification-types';
import { partnershipFactsOf, type PartnershipNaming } from '../../catalogue/partnership-facts';
import type { Audience } from '../../notifying/domain/audience';
import type { EventNotice } from './event-notice';
import type { AnyPartnershipEvent, PartnershipEventType } from './followed-events';

interface Rule {
  type: NotificationType;
  /** Network staff are told too (beginnings and ends of partnerships). */
  staff: boolean;
  /** The facts beyond the partnership's own, from the event's data. */
  extra: (data: Record<string, unknown>) => Record<string, unknown>;
}

const none = () => ({});
const reason = (data: Record<string, unknown>) => ({ reason: data.reason });

/**
 * Who hears of what in a partnership's life: both sides' contacts and the member program's
 * admins hear of every step (one side's approval tells the other it is their turn), staff
 * of proposals, activations and terminations. Webhooks of the partner city get them all.
 * Contact changes only update the read model.
 */
const RULES: Partial<Record<PartnershipEventType, Rule>> = {
  'partnership.proposed.v1': { type: 'partnership.proposed', staff: true, extra: (d) => ({ version: d.version }) },
  'partnership.terms-amended.v1': { type: 'partnership.terms-amended', staff: false, extra: (d) => ({ version: d.version }) },
  'partnership.approved.v1': {
    type: 'partnership.approved',
    staff: false,
    extra: (d) => ({ version: d.version, side: d.side, signatoryName: d.signatoryName, signatoryOffice: d.signatoryOffice }),
  },
  'partnership.activated.v1': {
    type: 'partnership.activated',
    staff: true,
    extra: (d) => ({ version: d.version, firstSigning: d.firstSigning, startDate: d.startDate }),
  },
  'partnership.suspended.v1': { type: 'partnership.suspended', staff: false, extra: reason },
  'partnership.reactivated.v1': { type: 'partnership.reactivated', staff: false, extra: none },
  'partnership.termination-proposed.v1': {
    type: 'partnership.termination-proposed',
    staff: false,
    extra: (d) => ({ reason: d.reason, side: d.side }),
  },
  'partnership.terminated.v1': { type: 'partnership.terminated', staff: true, extra: reason },
};

/** What a partnership event tells (the partnership as the event left it), or null for none. */
export function partnershipNoticeOf(event: AnyPartnershipEvent, partnership: PartnershipNaming): EventNotice | null {
  const rule = RULES[event.type];
  if (!rule || isImported(event)) return null;
  const audience: Audience[] = [{ kind: 'partnership', partnershipId: partnership.id, sides: ['member', 'partner'] }];
  if (rule.staff) audience.push({ kind: 'staff' });
  return {
    type: rule.type,
    facts: { ...partnershipFactsOf(partnership), ...rule.extra(event.data as Record<string, unknown>) },
    audience,
    webhooks: { kind: 'partnership', partnershipId: partnership.id },
  };
}

/**
 * An event of a partnership an import loaded (`imported: true`) is not news: the read
 * model learns it, nobody is told (no email, inbox item or webhook). Its import tells the
 * person who started it once, when it finishes (import-notices.ts).
 */
export function isImported(event: AnyPartnershipEvent): boolean {
  return (event.data as { imported?: unknown }).imported === true;
}

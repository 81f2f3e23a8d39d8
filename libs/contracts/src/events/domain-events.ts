import { z } from 'zod';
import { defineEventCatalogue } from './catalogue';

// The platform's domain events, declared once. Shapes marked "first cut" carry the
// identifiers every consumer needs; the issue that owns each context extends them
// (additive fields keep v1; a breaking change becomes .v2 beside .v1).
// Consumers read tolerantly: unknown fields are ignored, so additions never break them.

const uuid = z.uuid();
const partnershipRef = z.object({ partnershipId: uuid, memberProgramId: uuid });
const memberProgramRef = z.object({ memberProgramId: uuid });
const exchangeProgramRef = z.object({ exchangeProgramId: uuid, partnershipId: uuid });
const withReason = z.object({ reason: z.string().min(1).max(500) });

export const domainEvents = defineEventCatalogue({
  // partnerships: member programs (first cut; issue #4)
  'member-program.registered.v1': { source: 'partnerships', data: memberProgramRef.extend({ name: z.string() }) },
  'member-program.updated.v1': { source: 'partnerships', data: memberProgramRef.extend({ changed: z.array(z.string()) }) },
  'member-program.standing-changed.v1': {
    source: 'partnerships',
    data: memberProgramRef.extend({ inGoodStanding: z.boolean() }),
  },
  // partnerships: the partnership lifecycle (first cut; issue #4)
  'partnership.proposed.v1': { source: 'partnerships', data: partnershipRef },
  'partnership.terms-amended.v1': {
    source: 'partnerships',
    data: partnershipRef.extend({ version: z.int().positive(), termsHash: z.string() }),
  },
  'partnership.approved.v1': {
    source: 'partnerships',
    data: partnershipRef.extend({ version: z.int().positive(), side: z.enum(['member', 'partner']) }),
  },
  'partnership.activated.v1': { source: 'partnerships', data: partnershipRef },
  'partnership.suspended.v1': { source: 'partnerships', data: partnershipRef.extend(withReason.shape) },
  'partnership.reactivated.v1': { source: 'partnerships', data: partnershipRef },
  'partnership.terminated.v1': { source: 'partnerships', data: partnershipRef.extend(withReason.shape) },
  'partnership.contact-changed.v1': { source: 'partnerships', data: partnershipRef },
  // exchanges (first cut; issue #5)
  'exchange-program.published.v1': { source: 'exchanges', data: exchangeProgramRef },
  'exchange-program.updated.v1': { source: 'exchanges', data: exchangeProgramRef.extend({ changed: z.array(z.string()) }) },
  'exchange-program.window-opened.v1': { source: 'exchanges', data: exchangeProgramRef },
  'exchange-program.window-closed.v1': { source: 'exchanges', data: exchangeProgramRef },
  'exchange-program.paused.v1': { source: 'exchanges', data: exchangeProgramRef.extend(withReason.shape) },
  'exchange-program.resumed.v1': { source: 'exchanges', data: exchangeProgramRef },
  'exchange-program.cancelled.v1': { source: 'exchanges', data: exchangeProgramRef.extend(withReason.shape) },
  'exchange-program.completed.v1': { source: 'exchanges', data: exchangeProgramRef },
  // notifications (first cut; issue #6)
  'notification.delivered.v1': {
    source: 'notifications',
    data: z.object({ notificationId: uuid, channel: z.enum(['email', 'webhook', 'inbox']) }),
  },
  'notification.failed.v1': {
    source: 'notifications',
    data: z.object({ notificationId: uuid, channel: z.enum(['email', 'webhook', 'inbox']), error: z.string() }),
  },
});

export type DomainEvents = typeof domainEvents;

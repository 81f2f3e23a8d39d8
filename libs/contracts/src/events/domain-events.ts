import { z } from 'zod';
import { roleGrantSchema } from '../identity/roles';
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
const accountRef = z.object({
  accountId: uuid,
  email: z.email(),
  displayName: z.string(),
  /** BCP 47 language the person reads (templates are chosen by it). */
  language: z.string(),
});
/** A one-time link sent by email. Its token is single-use and short-lived (see docs/identity.md). */
const emailedLink = z.object({ url: z.url(), expiresAt: z.iso.datetime() });

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
  // gateway: identity (issue #3). Emails of invitations, verifications and resets are sent
  // by the notifications service from these; roles let it know who administers what.
  'account.invited.v1': {
    source: 'gateway',
    data: accountRef.extend({ grants: z.array(roleGrantSchema), invitedBy: uuid, acceptLink: emailedLink }),
  },
  'account.verification-requested.v1': { source: 'gateway', data: accountRef.extend({ verifyLink: emailedLink }) },
  'account.password-reset-requested.v1': { source: 'gateway', data: accountRef.extend({ resetLink: emailedLink }) },
  'account.activated.v1': { source: 'gateway', data: accountRef.extend({ grants: z.array(roleGrantSchema) }) },
  'account.roles-changed.v1': { source: 'gateway', data: accountRef.extend({ grants: z.array(roleGrantSchema) }) },
  'account.disabled.v1': { source: 'gateway', data: accountRef },
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

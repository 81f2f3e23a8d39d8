import type { EventNotice } from './event-notice';
import type { AnyAccountEvent } from './followed-events';

/** The person an account event is about, as its recipient now stands. */
export interface NoticedPerson {
  email: string;
  displayName: string;
  language: string;
  accountId: string | null;
}

type Link = { url: string; expiresAt: string };

/**
 * What an account event tells, or null for none: invitations, email verifications and
 * password resets are critical emails to that person only (no inbox: they may not be able
 * to sign in). The other account events only keep the recipient current.
 */
export function accountNoticeOf(event: AnyAccountEvent, person: NoticedPerson): EventNotice | null {
  const data = event.data as Record<string, unknown>;
  const common = {
    audience: { kind: 'person' as const, email: person.email, displayName: person.displayName, language: person.language, accountId: person.accountId },
    channels: ['email'] as const,
  };
  switch (event.type) {
    case 'account.invited.v1': {
      const roles = (data.grants as Array<{ role: string }>).map((grant) => grant.role);
      return { ...common, type: 'account.invited', facts: { ...(data.acceptLink as Link), roles } };
    }
    case 'account.verification-requested.v1':
      return { ...common, type: 'account.verify-email', facts: data.verifyLink as Link };
    case 'account.password-reset-requested.v1':
      return { ...common, type: 'account.password-reset', facts: data.resetLink as Link };
    default:
      return null;
  }
}

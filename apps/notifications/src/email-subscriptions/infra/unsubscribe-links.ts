import { Inject, Injectable } from '@nestjs/common';
import { EMAIL_SUBSCRIPTION_PROBLEMS } from '@scn/contracts';
import { CONFIG, problemError, signToken, verifyToken } from '@scn/platform';
import type { NotificationsConfig } from '../../config';

type LinkConfig = Pick<NotificationsConfig, 'PUBLIC_WEB_URL' | 'UNSUBSCRIBE_SIGNING_SECRET' | 'UNSUBSCRIBE_LINK_TTL_S'>;

/** The two addresses of an email's unsubscribe link. */
export interface UnsubscribeLink {
  /** RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click` here (the `List-Unsubscribe` header). */
  oneClickUrl: string;
  /** The console's page where the person chooses which categories they still get. */
  pageUrl: string;
}

/**
 * Signs and verifies the unsubscribe links of people without an account. The token names
 * the recipient; it is not stored (a signature over recipient and expiry), so issuing one
 * per email costs nothing. It expires (UNSUBSCRIBE_LINK_TTL_S) so a leaked one does not
 * work forever.
 */
@Injectable()
export class UnsubscribeLinks {
  constructor(@Inject(CONFIG) private readonly config: LinkConfig) {}

  issue(recipientId: string, now: Date): UnsubscribeLink {
    const expiresAt = new Date(now.getTime() + this.config.UNSUBSCRIBE_LINK_TTL_S * 1000);
    const token = signToken({ purpose: 'email-unsubscribe', subject: recipientId, issue: 0, expiresAt }, this.config.UNSUBSCRIBE_SIGNING_SECRET);
    const base = this.config.PUBLIC_WEB_URL.endsWith('/') ? this.config.PUBLIC_WEB_URL : `${this.config.PUBLIC_WEB_URL}/`;
    const page = new URL('unsubscribe', base);
    page.searchParams.set('token', token);
    return { oneClickUrl: new URL(`v1/email-subscriptions/${token}/unsubscribe`, base).toString(), pageUrl: page.toString() };
  }

  /** The recipient id a valid token names; UNSUBSCRIBE.INVALID_LINK or EXPIRED_LINK otherwise. */
  recipientOf(token: string, now: Date): string {
    const checked = verifyToken(token, 'email-unsubscribe', this.config.UNSUBSCRIBE_SIGNING_SECRET, now);
    if (checked.ok) return checked.claims.subject;
    throw problemError(checked.reason === 'expired' ? EMAIL_SUBSCRIPTION_PROBLEMS.expiredLink : EMAIL_SUBSCRIPTION_PROBLEMS.invalidLink);
  }
}

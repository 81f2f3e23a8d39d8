import { Inject, Injectable } from '@nestjs/common';
import { SIGNED_LINK_PROBLEMS } from '@scn/contracts';
import { CONFIG } from '@scn/platform';
import { problemError } from '@scn/platform/errors';
import type { ApplicationsConfig } from '../../config';
import { signToken, verifyToken, type LinkClaims, type LinkPurpose } from '@scn/platform';

type LinkConfig = Pick<ApplicationsConfig, 'PUBLIC_WEB_URL' | 'LINK_SIGNING_SECRET' | 'RECOMMENDATION_LINK_TTL_S' | 'GUARDIAN_CONSENT_LINK_TTL_S'>;

/** The links this service issues (the notifications service issues the unsubscribe links). */
type ApplicationLinkPurpose = Exclude<LinkPurpose, 'email-unsubscribe'>;

/** The web pages the links open (the page calls the API with the token). */
const PAGES: Record<ApplicationLinkPurpose, string> = { recommendation: 'recommendation', 'guardian-consent': 'guardian-consent' };

/** Issues and verifies the signed, expiring links emailed to referees and guardians. */
@Injectable()
export class SignedLinks {
  constructor(@Inject(CONFIG) private readonly config: LinkConfig) {}

  /** A new link for `subject`, valid for the purpose's lifetime from `now`. */
  issue(purpose: ApplicationLinkPurpose, subject: string, issue: number, now: Date): { token: string; expiresAt: Date; link: { url: string; expiresAt: string } } {
    const ttl = purpose === 'recommendation' ? this.config.RECOMMENDATION_LINK_TTL_S : this.config.GUARDIAN_CONSENT_LINK_TTL_S;
    const expiresAt = new Date(now.getTime() + ttl * 1000);
    const token = signToken({ purpose, subject, issue, expiresAt }, this.config.LINK_SIGNING_SECRET);
    const base = this.config.PUBLIC_WEB_URL.endsWith('/') ? this.config.PUBLIC_WEB_URL : `${this.config.PUBLIC_WEB_URL}/`;
    const url = new URL(PAGES[purpose], base);
    url.searchParams.set('token', token);
    return { token, expiresAt, link: { url: url.toString(), expiresAt: expiresAt.toISOString() } };
  }

  /** The claims of a valid token; LINK.INVALID or LINK.EXPIRED otherwise. */
  verify(purpose: ApplicationLinkPurpose, token: string, now: Date): LinkClaims {
    const checked = verifyToken(token, purpose, this.config.LINK_SIGNING_SECRET, now);
    if (checked.ok) return checked.claims;
    throw checked.reason === 'expired' ? problemError(SIGNED_LINK_PROBLEMS.expired) : problemError(SIGNED_LINK_PROBLEMS.invalid);
  }
}

/** A link that verified but no longer names anything live (replaced, cancelled, erased). */
export const invalidLink = () => problemError(SIGNED_LINK_PROBLEMS.invalid);

import { createHmac, timingSafeEqual } from 'node:crypto';

// The tokens of the links emailed to people without an account: referees and guardians
// (issue #13, the applications service), and the unsubscribe links of listed contacts
// (issue #15, the notifications service). What they are for, whom, which issue of the
// link, until when — signed with the issuing service's key (HMAC-SHA-256, truncated to 128
// bits), so the service verifies them without storing them, and nobody can forge or
// extend one. Compact (63 characters) to fit a URL path segment.

export type LinkPurpose = 'recommendation' | 'guardian-consent' | 'email-unsubscribe';

export interface LinkClaims {
  purpose: LinkPurpose;
  /** The recommendation id, the applicant's account id, or the recipient id (a UUID). */
  subject: string;
  /** Which issue of the link (a newer one makes older ones invalid): milliseconds of its request time. */
  issue: number;
  expiresAt: Date;
}

export type TokenCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: 'invalid' | 'expired' };

const VERSION = 1;
// Appended only: a purpose is signed as its index here.
const PURPOSES: readonly LinkPurpose[] = ['recommendation', 'guardian-consent', 'email-unsubscribe'];
/** version (1) · purpose (1) · subject (16) · issue in ms (8) · expiry in s (4) */
const PAYLOAD_BYTES = 30;
const MAC_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `<payload>.<mac>`, both base64url. */
export function signToken(claims: LinkClaims, secret: string): string {
  if (!UUID.test(claims.subject)) throw new Error('a link names its subject by UUID');
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload.writeUInt8(VERSION, 0);
  payload.writeUInt8(PURPOSES.indexOf(claims.purpose), 1);
  Buffer.from(claims.subject.replace(/-/g, ''), 'hex').copy(payload, 2);
  payload.writeBigUInt64BE(BigInt(claims.issue), 18);
  payload.writeUInt32BE(Math.floor(claims.expiresAt.getTime() / 1000), 26);
  const body = payload.toString('base64url');
  return `${body}.${mac(body, secret)}`;
}

/** The claims of a token made by signToken with `secret` for `purpose`, unless tampered with or expired at `now`. */
export function verifyToken(token: string, purpose: LinkPurpose, secret: string, now: Date): TokenCheck {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(mac(body, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  const payload = Buffer.from(body, 'base64url');
  if (payload.length !== PAYLOAD_BYTES || payload.readUInt8(0) !== VERSION || PURPOSES[payload.readUInt8(1)] !== purpose) {
    return { ok: false, reason: 'invalid' };
  }
  const hex = payload.subarray(2, 18).toString('hex');
  const subject = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const expiresAt = new Date(payload.readUInt32BE(26) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, claims: { purpose, subject, issue: Number(payload.readBigUInt64BE(18)), expiresAt } };
}

function mac(body: string, secret: string): string {
  return createHmac('sha256', secret).update(`scn-link:${body}`).digest().subarray(0, MAC_BYTES).toString('base64url');
}

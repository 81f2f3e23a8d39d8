import { normalizeIP } from '@fastify/rate-limit';
import { createHash } from 'node:crypto';

/**
 * Authentication endpoints (all POST) that get the stricter per-IP budget on top of the
 * general one: they are where passwords are guessed and e-mails are sent.
 */
export const AUTH_RATE_LIMITED_PATHS = [
  '/v1/auth/login',
  '/v1/auth/refresh',
  '/v1/auth/register',
  '/v1/auth/password-reset',
  '/v1/auth/password-reset/confirm',
  '/v1/auth/invitations/accept',
  '/v1/auth/verify-email',
] as const;

/** Probes that orchestrators call often and that must never be refused. */
export const RATE_LIMIT_EXEMPT_PATHS = ['/healthz', '/readyz'] as const;

const authPaths: ReadonlySet<string> = new Set(AUTH_RATE_LIMITED_PATHS);
const exemptPaths: ReadonlySet<string> = new Set(RATE_LIMIT_EXEMPT_PATHS);

export function isAuthRateLimited(method: string, path: string): boolean {
  return method === 'POST' && authPaths.has(path);
}

export function isRateLimitExempt(path: string): boolean {
  return exemptPaths.has(path);
}

/**
 * The path a request is limited by: the pattern of the route it matched (so query strings
 * and the router's case/trailing-slash leniency can't dodge a limit), else its raw path.
 */
export function limitedPath(routeUrl: string | undefined, url: string): string {
  if (routeUrl !== undefined) return routeUrl;
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * The IP a client is counted under; an IPv6 client usually owns a whole /64, so it is
 * counted per /64 or it could take a fresh budget from each of its addresses.
 */
export function clientIpKey(ip: string): string {
  return normalizeIP(ip);
}

/**
 * Who the general budget belongs to. At onRequest the token is not verified yet, so its
 * subject is unknown: the caller is identified by a SHA-256 of the Authorization header
 * (never the token itself, which must not land in Redis), else by IP.
 */
export function generalClientKey(authorization: string | undefined, ip: string): string {
  const credentials = authorization?.trim();
  if (credentials) return `auth-header:${createHash('sha256').update(credentials).digest('base64url')}`;
  return `ip:${clientIpKey(ip)}`;
}

/** Each authentication endpoint has its own per-IP budget (login attempts don't eat refreshes). */
export function authClientKey(path: string, ip: string): string {
  return `${path}:ip:${clientIpKey(ip)}`;
}

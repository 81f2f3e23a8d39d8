import { redirect } from '@tanstack/react-router';
import { hasRole, session } from '../api/session';
import type { ConsoleRole } from '../api/session';

/**
 * Only a local path is followed after signing in: `//evil.example` or a full URL in the
 * query would otherwise send a person elsewhere with their fresh session in mind.
 */
export function safeRedirect(target: string | undefined): string | undefined {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : undefined;
}

/**
 * A guarded page's `beforeLoad`: a signed-out visitor goes to sign in and comes back here
 * afterwards. A signed-in account holding none of the roles is sent home, as the API would
 * refuse every call the page makes.
 */
export function requireRole(...roles: ConsoleRole[]) {
  return ({ location }: { location: { href: string } }): void => {
    const current = session.current();
    if (!current) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    if (!roles.some((role) => hasRole(current, role))) throw redirect({ to: '/' });
  };
}

/** The applicant's pages (`/me/*`). */
export const requireApplicant = requireRole('applicant');

/** Exchange programs and their review (`/staff/programs`, `/staff/review`): the API lets program admins manage their own. */
export const requireProgramManager = requireRole('network-staff', 'program-admin');

/** Matching runs (`/staff/matching`): the API runs them for network staff only. */
export const requireNetworkStaff = requireRole('network-staff');

/** The reviewer's readings (`/review`). */
export const requireReviewer = requireRole('reviewer');

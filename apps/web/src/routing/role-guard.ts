import { redirect } from '@tanstack/react-router';
import { hasRole, session } from '../api/session';
import type { ConsoleRole } from '../api/session';
import { catalogue } from '../i18n/catalogue';

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

/**
 * A work page's `beforeLoad` (network staff, partner-city contacts, program admins,
 * reviewers): the role check, then the work catalogue, which the first page's download
 * leaves out (see `loadWorkMessages`) — the page is drawn once its words are there.
 */
export function requireWorkRole(...roles: ConsoleRole[]) {
  const check = requireRole(...roles);
  return async (context: { location: { href: string } }): Promise<void> => {
    check(context);
    await catalogue.includeWork();
  };
}

/** The applicant's pages (`/me/*`). */
export const requireApplicant = requireRole('applicant');

/** The partner-city contact's pages (`/partner/*`). */
export const requirePartnerContact = requireWorkRole('partner-contact');

/**
 * Every role an account may hold, as the API's types name them: a record, so that a role
 * added to the API and missing here fails to compile. (The contracts' own list would bring
 * zod into the first page's bundle, as this module is the router's.)
 */
const EVERY_ROLE: Record<ConsoleRole, true> = { 'network-staff': true, 'program-admin': true, reviewer: true, applicant: true, 'partner-contact': true };

/** Pages of every signed-in person, whatever their roles (the inbox, notification settings). */
export const requireSignedIn = requireRole(...(Object.keys(EVERY_ROLE) as ConsoleRole[]));

/** A member program's side of its partnerships (`/member/*`): the program's admins. */
export const requireProgramAdmin = requireWorkRole('program-admin');

/** Exchange programs and their review (`/staff/programs`, `/staff/review`): the API lets program admins manage their own. */
export const requireProgramManager = requireWorkRole('network-staff', 'program-admin');

/** Network staff's pages, matching runs among them (the API runs those for network staff only). */
export const requireNetworkStaff = requireWorkRole('network-staff');

/** The reviewer's readings (`/review`). */
export const requireReviewer = requireWorkRole('reviewer');

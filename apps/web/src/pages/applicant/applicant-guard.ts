import { redirect } from '@tanstack/react-router';
import { hasRole, session } from '../../api/session';

/**
 * Only a local path is followed after signing in: `//evil.example` or a full URL in the
 * query would otherwise send a person elsewhere with their fresh session in mind.
 */
export function safeRedirect(target: string | undefined): string | undefined {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : undefined;
}

/**
 * The applicant's pages' `beforeLoad`: a signed-out visitor goes to sign in and comes
 * back here afterwards. A signed-in account without the applicant role is sent home, as
 * the API would refuse every call these pages make.
 */
export function requireApplicant({ location }: { location: { href: string } }): void {
  const current = session.current();
  if (!current) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  if (!hasRole(current, 'applicant')) throw redirect({ to: '/' });
}

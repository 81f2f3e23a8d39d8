import type { ApplicationStatus } from '@scn/contracts';

/**
 * Whether an application is still read by its reviewers. A withdrawn application is no
 * longer anyone's candidate, and an erased one has lost its personal data: their readings
 * stay (scores still add up in the anonymous counts) but their readers no longer reach
 * them — not listed, not shown, not scored.
 */
export function stillReadable(application: { status: ApplicationStatus; erasedAt: Date | null }): boolean {
  return application.status !== 'withdrawn' && application.erasedAt === null;
}

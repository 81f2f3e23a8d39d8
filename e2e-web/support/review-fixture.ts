import { waitFor } from '@scn/testing';
import { call, expectStatus } from './program-fixture';
import { WEB_ADMIN, type WebPlatform } from './web-platform';

// The people of the review and matching journey, made through the API as they would make
// themselves: applicants who register, verify their email, fill in their profile and
// submit an application; a reviewer invited by staff, whose emailed link the browser opens.
// The mission's cross-role journey reuses these.

export const APPLICANT_PASSWORD = 'applicant-password-0123';
const LINK = (page: string) => new RegExp(`https?://\\S+/${page}\\?token=[\\w-]+`);

export async function staffToken(platform: WebPlatform): Promise<string> {
  const login = await expectStatus(call(platform, 'POST', '/v1/auth/login', null, WEB_ADMIN), 200, 'staff sign-in');
  return login['accessToken'] as string;
}

export interface ApplicantSpec {
  email: string;
  givenName: string;
  familyName: string;
  /** A gazetteer city: the applicant's side of the partnership follows from it. */
  homeCityId: string;
  homeCountryCode: string;
}

/**
 * An applicant with a verified account and a profile (an adult's, unless `profile` changes
 * it: a minor's birth date and guardian); answers their access token.
 */
export async function verifiedApplicant(platform: WebPlatform, who: ApplicantSpec, profileChanges: Record<string, unknown> = {}): Promise<string> {
  await expectStatus(
    call(platform, 'POST', '/v1/auth/register', null, { displayName: `${who.givenName} ${who.familyName}`, email: who.email, password: APPLICANT_PASSWORD }),
    202,
    `register ${who.email}`,
  );
  const link = (await platform.emailTo(who.email)).match(LINK('verify-email'))?.[0];
  if (!link) throw new Error(`no verification link was emailed to ${who.email}`);
  const token = new URL(link).searchParams.get('token');
  await expectStatus(call(platform, 'POST', '/v1/auth/verify-email', null, { token }), 200, `verify ${who.email}`);
  const login = await expectStatus(call(platform, 'POST', '/v1/auth/login', null, { email: who.email, password: APPLICANT_PASSWORD }), 200, `sign in ${who.email}`);
  const access = login['accessToken'] as string;
  const profile = {
    givenName: who.givenName,
    familyName: who.familyName,
    birthDate: '2004-05-01',
    homeCityId: who.homeCityId,
    homeCountryCode: who.homeCountryCode,
    languages: [{ language: 'en', level: 'B2' }],
    emergencyContact: { name: 'Parent', relationship: 'parent', phone: '+33 4 00 00 00 00' },
    ...profileChanges,
  };
  await expectStatus(call(platform, 'PUT', '/v1/me/applicant-profile', access, profile), 200, `profile of ${who.email}`);
  return access;
}

/** An applicant's application to the programs given (most wanted first), submitted; answers its id. */
export async function submittedApplication(platform: WebPlatform, who: ApplicantSpec, season: number, programIds: string[]): Promise<string> {
  const access = await verifiedApplicant(platform, who);
  const choices = programIds.map((exchangeProgramId) => ({ exchangeProgramId }));
  // The applications service learns a published program from its events: until then it is unknown.
  const applicationId = await waitFor(`the applications service to know the programs (${who.email})`, async () => {
    const created = await call(platform, 'POST', '/v1/me/applications', access, { season, choices });
    if (created.status === 201) return created.body['id'] as string;
    if (created.status !== 404 && created.status !== 409) throw new Error(`apply as ${who.email}: ${created.status} ${JSON.stringify(created.body)}`);
    return undefined;
  });
  await expectStatus(call(platform, 'POST', `/v1/me/applications/${applicationId}/submission`, access), 200, `submit as ${who.email}`);
  return applicationId;
}

/**
 * A reviewer of the program, invited by staff: answers the emailed invitation link, which
 * the browser opens to choose a password (and is signed in).
 */
export async function inviteReviewer(platform: WebPlatform, staff: string, exchangeProgramId: string, who: { email: string; displayName: string }): Promise<string> {
  const invitation = { email: who.email, displayName: who.displayName, language: 'en', grants: [{ role: 'reviewer', scopeIds: [exchangeProgramId] }] };
  await expectStatus(call(platform, 'POST', '/v1/accounts/invitations', staff, invitation), 201, `invite ${who.email}`);
  const link = (await platform.emailTo(who.email)).match(LINK('accept-invitation'))?.[0];
  if (!link) throw new Error(`no invitation link was emailed to ${who.email}`);
  return link;
}

/** Waits for the exchanges service's tick to open the program's application window. */
export async function windowOpened(platform: WebPlatform, staff: string, exchangeProgramId: string): Promise<void> {
  await waitFor(
    'the program window to open',
    async () => ((await call(platform, 'GET', `/v1/manage/exchange-programs/${exchangeProgramId}`, staff)).body['windowOpenedAt'] ? true : undefined),
    { timeoutMs: 30_000, intervalMs: 250 },
  );
}

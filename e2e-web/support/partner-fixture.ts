import { WEB_ADMIN, type WebPlatform } from './web-platform';
import { emailedLink } from './console-steps';
import { call, expectStatus } from './program-fixture';

// A partnership whose partner city has a contact, made as staff would through the API: a
// member program (written to the partnerships database: registering one has no shortcut),
// the partnership proposed and approved on both sides (version 1 in force), then amended
// (version 2 waits for both sides), and the partner contact invited by email; the member
// program's admin, who acts for the other side, too.

export const PARTNER_CITIES = { member: 'gn:1856057' /* Nagoya */, partner: 'gn:2996944' /* Lyon */ };
const MEMBER_PROGRAM_ID = '00000000-0000-4000-8000-0000000000b2';

export const TERMS_V1 = {
  title: 'Nagoya–Lyon sister cities',
  kind: 'sister_city',
  focusAreas: ['youth-education', 'arts-culture'],
  text: 'The two cities exchange students every summer.',
  commitments: ['Ten students each way'],
};
export const TERMS_V2 = { ...TERMS_V1, text: 'The two cities exchange students and artists every summer.', durationYears: 5 };
export const TERMS_V3 = { ...TERMS_V2, commitments: ['Twelve students each way', 'One artist residency a year'] };

export interface PartnerFixture {
  staffToken: string;
  partnershipId: string;
}

export async function staffToken(platform: WebPlatform): Promise<string> {
  const login = await expectStatus(call(platform, 'POST', '/v1/auth/login', null, WEB_ADMIN), 200, 'staff sign-in');
  return login['accessToken'] as string;
}

/** The partnership with version 1 in force and version 2 waiting; answers staff's token and its id. */
export async function amendedPartnership(platform: WebPlatform): Promise<PartnerFixture> {
  const db = platform.partnershipsDb();
  try {
    await db.memberProgram.create({
      data: { id: MEMBER_PROGRAM_ID, name: 'Nagoya Sister Cities', cityId: PARTNER_CITIES.member, duesPaidThrough: 2030, contacts: [] },
    });
  } finally {
    await db.$disconnect();
  }
  const staff = await staffToken(platform);
  const proposed = await expectStatus(
    call(platform, 'POST', '/v1/partnerships', staff, { memberProgramId: MEMBER_PROGRAM_ID, partnerCityId: PARTNER_CITIES.partner, terms: TERMS_V1 }),
    201,
    'propose the partnership',
  );
  const partnershipId = proposed['id'] as string;
  const termsHash = (proposed['versions'] as Array<{ termsHash: string }>)[0]?.termsHash;
  for (const side of ['member', 'partner']) {
    const approval = { version: 1, termsHash, side, signatoryName: 'Signatory', signatoryOffice: 'Mayor', signedOn: '2026-03-01' };
    await expectStatus(call(platform, 'POST', `/v1/partnerships/${partnershipId}/approvals`, staff, approval), 200, `approve (${side})`);
  }
  await expectStatus(call(platform, 'POST', `/v1/partnerships/${partnershipId}/amendments`, staff, { terms: TERMS_V2 }), 200, 'amend (version 2)');
  return { staffToken: staff, partnershipId };
}

/** Staff replace the waiting version 2 by a version 3 (revert, amend again): a page showing version 2 is now stale. */
export async function amendAgain(platform: WebPlatform, fixture: PartnerFixture): Promise<void> {
  const { staffToken: staff, partnershipId } = fixture;
  await expectStatus(call(platform, 'POST', `/v1/partnerships/${partnershipId}/amendments/revert`, staff), 200, 'revert version 2');
  await expectStatus(call(platform, 'POST', `/v1/partnerships/${partnershipId}/amendments`, staff, { terms: TERMS_V3 }), 200, 'amend (version 3)');
}

/** Invites the partner city's contact; answers the invitation link from the email. */
export async function invitePartnerContact(platform: WebPlatform, staff: string, email: string): Promise<string> {
  await expectStatus(
    call(platform, 'POST', '/v1/accounts/invitations', staff, {
      email,
      displayName: 'Camille Contact',
      language: 'fr',
      grants: [{ role: 'partner-contact', scopeIds: [PARTNER_CITIES.partner] }],
    }),
    201,
    'invite the partner contact',
  );
  // The new contact is told of their city's partnerships too (the activation of the one
  // above may arrive after the invitation): `emailedLink` looks in each of their emails.
  return emailedLink(platform, email, 'accept-invitation');
}

/** Invites an admin of the partnership's member program (its member side); answers the invitation link from the email. */
export async function inviteProgramAdmin(platform: WebPlatform, staff: string, email: string): Promise<string> {
  await expectStatus(
    call(platform, 'POST', '/v1/accounts/invitations', staff, {
      email,
      displayName: 'Kenji Admin',
      language: 'en',
      grants: [{ role: 'program-admin', scopeIds: [MEMBER_PROGRAM_ID] }],
    }),
    201,
    'invite the program admin',
  );
  return emailedLink(platform, email, 'accept-invitation');
}

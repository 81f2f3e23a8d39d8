import { waitFor } from '@scn/testing';
import { WEB_ADMIN, type WebPlatform } from './web-platform';

// A published exchange program an applicant can apply to, made as staff would through the
// API: a member program (written to the partnerships database: registering one has no
// shortcut), a partnership proposed and approved on both sides, the program created with a
// required document and published. Its window opens at the exchanges service's next tick.

export const APPLY_CITIES = { member: 'gn:1856057' /* Nagoya */, partner: 'gn:2996944' /* Lyon */ };
export const APPLY_PROGRAM_TITLE = 'Nagoya–Lyon summer exchange';
const MEMBER_PROGRAM_ID = '00000000-0000-4000-8000-0000000000a1';
const DAY = 86_400_000;

/** One call to the platform's API as a client would make it (the fixtures' only way in, besides the partnerships database). */
export async function call(platform: WebPlatform, method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${platform.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export async function expectStatus(result: Promise<{ status: number; body: Record<string, unknown> }>, status: number, what: string) {
  const answer = await result;
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/**
 * A member program (Nagoya's) and its partnership with Lyon, proposed and approved on both
 * sides: what a program is created under. Answers the partnership's id and staff's token.
 */
export async function approvedPartnership(platform: WebPlatform): Promise<{ partnershipId: string; staff: string }> {
  const db = platform.partnershipsDb();
  try {
    await db.memberProgram.create({
      data: { id: MEMBER_PROGRAM_ID, name: 'Nagoya Friendship Society', cityId: APPLY_CITIES.member, duesPaidThrough: 2030, contacts: [] },
    });
  } finally {
    await db.$disconnect();
  }
  const login = await expectStatus(call(platform, 'POST', '/v1/auth/login', null, WEB_ADMIN), 200, 'staff sign-in');
  const staff = login['accessToken'] as string;
  const terms = { title: 'Sister cities', kind: 'sister_city', focusAreas: ['youth-education'], text: 'We agree.' };
  const proposed = await expectStatus(
    call(platform, 'POST', '/v1/partnerships', staff, { memberProgramId: MEMBER_PROGRAM_ID, partnerCityId: APPLY_CITIES.partner, terms }),
    201,
    'propose the partnership',
  );
  const partnershipId = proposed['id'] as string;
  const termsHash = (proposed['versions'] as Array<{ termsHash: string }>)[0]?.termsHash;
  for (const side of ['member', 'partner']) {
    const approval = { version: 1, termsHash, side, signatoryName: 'Mayor', signatoryOffice: 'Mayor', signedOn: '2026-03-01' };
    await expectStatus(call(platform, 'POST', `/v1/partnerships/${partnershipId}/approvals`, staff, approval), 200, `approve (${side})`);
  }
  return { partnershipId, staff };
}

/** Publishes the program; answers its id once its application window is open. */
export async function publishApplyProgram(platform: WebPlatform): Promise<string> {
  const { partnershipId, staff } = await approvedPartnership(platform);
  const fields = {
    partnershipId,
    season: 2027,
    category: 'youth-education',
    title: APPLY_PROGRAM_TITLE,
    description: 'Two weeks with a host family.',
    languages: ['en', 'fr'],
    direction: 'reciprocal',
    travelStart: '2027-07-01',
    travelEnd: '2027-07-15',
    applicationOpensAt: new Date(Date.now() - DAY).toISOString(),
    applicationClosesAt: new Date(Date.now() + 60 * DAY).toISOString(),
    decisionReleaseAt: null,
    offerResponseDeadline: null,
    capacity: { member: 5, partner: 5 },
    costs: { amount: 300, currency: 'EUR', covers: ['travel'] },
    eligibility: { minAge: 16, maxAge: 30, residence: 'member-city', languages: ['en'], requiredDocuments: ['Passport copy'], maxApplicationsPerSeason: 1 },
  };
  // The exchanges service learns the partnership from its events: until then it answers 404.
  const programId = await waitFor('the exchanges service to know the partnership', async () => {
    const created = await call(platform, 'POST', '/v1/manage/exchange-programs', staff, fields);
    if (created.status === 201) return created.body['id'] as string;
    if (created.status !== 404) throw new Error(`create the program: ${created.status} ${JSON.stringify(created.body)}`);
    return undefined;
  });
  await expectStatus(call(platform, 'POST', `/v1/manage/exchange-programs/${programId}/publish`, staff), 200, 'publish');
  // The window opens at the exchanges service's tick (10 s by default).
  await waitFor(
    'the program window to open',
    async () => {
      const program = await call(platform, 'GET', `/v1/manage/exchange-programs/${programId}`, staff);
      return program.body['windowOpenedAt'] ? true : undefined;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  return programId;
}

/** The smallest file the API takes as a PDF (the type is told by the first bytes). */
export const PASSPORT_PDF = { name: 'passport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') };

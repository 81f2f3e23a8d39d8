import type { PrismaClient as ApplicationsDb } from '@scn-prisma/applications';
import type { PrismaClient as PartnershipsDb } from '@scn-prisma/partnerships';
import { BULK_SQL, DATABASE, type BulkSql } from '@scn/platform';
import { waitFor } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { validFields } from '../../exchanges/src/exchange-programs/domain/exchange-program.fixtures';
import type { ProgramFields } from '../../exchanges/src/exchange-programs/domain/exchange-program.state';
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';

// The gateway with the partnerships, exchanges and applications services behind it, one
// active partnership between a member city and a partner city, and what the tests of
// applications need to open programs and make applicants.

export const MEMBER_CITY = 'gn:990000301';
export const OTHER_MEMBER_CITY = 'gn:990000302';
export const PARTNER_CITY = 'gn:990000303';
const CITIES = [
  { id: MEMBER_CITY, countryCode: 'US' },
  { id: OTHER_MEMBER_CITY, countryCode: 'US' },
  { id: PARTNER_CITY, countryCode: 'FR' },
];
const DAY = 86_400_000;

export interface ApplicationsPlatform {
  gateway: GatewayUnderTest;
  partnershipId: string;
  memberProgramId: string;
  staff: string;
  db: ApplicationsDb;
  /** The service's plain-pg connections (what a matching run reads the season with). */
  bulk: BulkSql;
}

/** Starts everything and signs the partnership on both sides. */
export async function startApplicationsPlatform(): Promise<ApplicationsPlatform> {
  const gateway = await GatewayUnderTest.start({ withPartnerships: true, withExchanges: true, withApplications: true });
  const partnershipsDb = gateway.backends[0]!.service.app.get<PartnershipsDb>(DATABASE);
  for (const city of CITIES) {
    const row = { ...city, name: city.id, searchName: city.id, altNames: [], latitude: 0, longitude: 0, source: 'test' };
    await partnershipsDb.city.upsert({ where: { id: city.id }, create: row, update: row });
  }
  const memberProgramId = uuidv7();
  await partnershipsDb.memberProgram.create({ data: { id: memberProgramId, name: 'Program', cityId: MEMBER_CITY, duesPaidThrough: 2030 } });
  const staff = (await gateway.login()).accessToken;
  const terms = { title: 'Sister cities', kind: 'sister_city', focusAreas: ['youth-education'], text: 'We agree.' };
  const proposed = await gateway.request('POST', '/v1/partnerships', { token: staff, body: { memberProgramId, partnerCityId: PARTNER_CITY, terms } });
  if (proposed.status !== 201) throw new Error(`propose: ${proposed.status} ${JSON.stringify(proposed.body)}`);
  const partnershipId = proposed.body.id as string;
  const hash = (proposed.body.versions as Array<{ termsHash: string }>)[0]!.termsHash;
  for (const side of ['member', 'partner']) {
    const body = { version: 1, termsHash: hash, side, signatoryName: 'Mayor', signatoryOffice: 'Mayor', signedOn: '2026-03-01' };
    const approved = await gateway.request('POST', `/v1/partnerships/${partnershipId}/approvals`, { token: staff, body });
    if (approved.status !== 200) throw new Error(`approve ${side}: ${approved.status} ${JSON.stringify(approved.body)}`);
  }
  const db = gateway.backends[2]!.service.app.get<ApplicationsDb>(DATABASE);
  const bulk = gateway.backends[2]!.service.app.get<BulkSql>(BULK_SQL);
  return { gateway, partnershipId, memberProgramId, staff, db, bulk };
}

/** Program fields whose window is open now (or opens in `opensInDays`), travelling in July 2027 unless overridden. */
export function programFields(overrides: Partial<ProgramFields> = {}, opensInDays = -1): ProgramFields {
  return validFields({
    applicationOpensAt: new Date(Date.now() + opensInDays * DAY).toISOString(),
    applicationClosesAt: new Date(Date.now() + 60 * DAY).toISOString(),
    decisionReleaseAt: null,
    offerResponseDeadline: null,
    ...overrides,
  });
}

/** Creates and publishes a program (once the exchanges service knows the partnership); returns its id. */
export async function publishProgram(platform: ApplicationsPlatform, fields: ProgramFields): Promise<string> {
  const { gateway, staff, partnershipId } = platform;
  const id = await waitFor('the exchanges service to know the partnership', async () => {
    const created = await gateway.request('POST', '/v1/manage/exchange-programs', { token: staff, body: { partnershipId, ...fields } });
    if (created.status === 201) return created.body.id as string;
    if (created.status !== 404) throw new Error(`create program: ${created.status} ${JSON.stringify(created.body)}`);
    return undefined;
  });
  const published = await gateway.request('POST', `/v1/manage/exchange-programs/${id}/publish`, { token: staff });
  if (published.status !== 200) throw new Error(`publish: ${published.status} ${JSON.stringify(published.body)}`);
  return id;
}

/** Waits until the applications service's read model of `id` satisfies `test`. */
export function waitForKnownProgram(platform: ApplicationsPlatform, id: string, test: (row: { windowOpen: boolean; status: string; paused: boolean }) => boolean) {
  return waitFor(
    `the applications service to know program ${id}`,
    async () => {
      const row = await platform.db.knownProgram.findUnique({ where: { id } });
      return row && test(row) ? row : undefined;
    },
    // The exchanges service opens windows at its tick (10 s by default).
    { timeoutMs: 30_000, intervalMs: 100 },
  );
}

/** A profile of a 17-year-old living in the member city, speaking English, without a guardian. */
export function minorProfile(overrides: Record<string, unknown> = {}) {
  return {
    givenName: 'Ana',
    familyName: 'Example',
    birthDate: '2010-01-01',
    homeCityId: MEMBER_CITY,
    homeCountryCode: 'US',
    languages: [{ language: 'en', level: 'native' }],
    emergencyContact: { name: 'Bea Example', relationship: 'mother', phone: '+1 555 0100' },
    ...overrides,
  };
}

/**
 * Makes a reviewer account through the gateway as staff would (an invitation with the
 * reviewer role scoped to `programIds`, accepted), and signs them in. The applications
 * service learns of them from the gateway's `account.activated.v1`.
 */
export async function onboardReviewer(platform: ApplicationsPlatform, programIds: string[], displayName = 'Rita Reviewer') {
  const { gateway, staff } = platform;
  const email = `reviewer-${uuidv7()}@test.scn`;
  const invited = await gateway.request('POST', '/v1/accounts/invitations', {
    token: staff,
    body: { email, displayName, language: 'en', grants: [{ role: 'reviewer', scopeIds: programIds }] },
  });
  if (invited.status !== 201) throw new Error(`invite: ${invited.status} ${JSON.stringify(invited.body)}`);
  const event = (await gateway.outboxEvents('account.invited.v1')).find((e) => e.payload.data.email === email)!;
  const password = 'a-long-enough-password';
  const token = new URL(event.payload.data.acceptLink.url as string).searchParams.get('token')!;
  const accepted = await gateway.request('POST', '/v1/auth/invitations/accept', { body: { token, password } });
  if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  const accountId = invited.body.account.id as string;
  return { accountId, email, password, token: (await gateway.login(email, password)).accessToken };
}

/** Waits until the applications service knows the reviewer `accountId` as `test` wants them. */
export function waitForKnownReviewer(platform: ApplicationsPlatform, accountId: string, test: (row: { programIds: string[]; disabled: boolean }) => boolean = () => true) {
  return waitFor(`the applications service to know reviewer ${accountId}`, async () => {
    const row = await platform.db.knownReviewer.findUnique({ where: { accountId } });
    return row && test(row) ? row : undefined;
  });
}

/**
 * A complete candidacy read once, written to the review tables directly (for tests about
 * what comes after the review; the review's own tests score through its routes): the
 * reading, and the sums on the candidacy as scoring keeps them.
 */
export async function writeScoredReading(
  platform: ApplicationsPlatform,
  reading: { applicationId: string; exchangeProgramId: string; score: number; weight?: number; comment?: string },
): Promise<void> {
  const { applicationId, exchangeProgramId, score, weight = 1 } = reading;
  await platform.db.candidacy.create({
    data: { applicationId, exchangeProgramId, completedAt: new Date(), scoreWeightedSum: weight * score, scoreWeightTotal: weight, scoreReadings: 1 },
  });
  await platform.db.reviewAssignment.create({
    data: {
      applicationId,
      exchangeProgramId,
      reviewerId: uuidv7(),
      assignedAt: new Date(),
      scores: { overall: score },
      weightedSum: weight * score,
      weightTotal: weight,
      comment: reading.comment ?? null,
      scoredAt: new Date(),
    },
  });
}

/** Changes the weighted sum of a candidacy's one reading written by `writeScoredReading`, as scoring again would. */
export async function rewriteScore(platform: ApplicationsPlatform, applicationId: string, exchangeProgramId: string, weightedSum: number): Promise<void> {
  await platform.db.reviewAssignment.updateMany({ where: { applicationId, exchangeProgramId }, data: { weightedSum } });
  await platform.db.candidacy.update({ where: { applicationId_exchangeProgramId: { applicationId, exchangeProgramId } }, data: { scoreWeightedSum: weightedSum } });
}

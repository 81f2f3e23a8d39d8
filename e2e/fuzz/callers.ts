import { waitFor } from '@scn/testing';
import { randomBytes } from 'node:crypto';
import { percentEncode, send, type RawResponse } from './http';
import type { Operation } from './openapi-requests';
import { FUZZ_ADMIN, type FuzzPlatform } from './platform';
import type { SampleIds } from './schema-arbitraries';

// The three kinds of caller the issue names, each as a person would become one: nobody,
// the bootstrap staff account signing in, and an applicant who registered, followed the
// emailed verification link and signed in.

export interface Caller {
  name: 'anonymous' | 'staff' | 'applicant';
  /** The roles of the account, as the OpenAPI document's `x-roles` names them. */
  roles: string[];
  headers: Record<string, string>;
}

export type Callers = Record<Caller['name'], Caller>;

async function callJson(platform: FuzzPlatform, method: string, target: string, body?: unknown, token?: string): Promise<RawResponse> {
  const headers: Record<string, string> = {};
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return send(platform.gatewayUrl, { method, target, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function login(platform: FuzzPlatform, email: string, password: string): Promise<string> {
  const response = await callJson(platform, 'POST', '/v1/auth/login', { email, password });
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status} ${response.text}`);
  return (response.json as { accessToken: string }).accessToken;
}

/**
 * Registration sends its link by email; the email is an event the gateway writes to its
 * outbox in the same transaction, so the link is read from there (as the gateway's own
 * identity tests do) rather than from a mail server.
 */
async function registerApplicant(platform: FuzzPlatform): Promise<string> {
  const email = `fuzz-applicant-${randomBytes(4).toString('hex')}@test.scn`;
  const password = `applicant-${randomBytes(8).toString('hex')}`;
  const registered = await callJson(platform, 'POST', '/v1/auth/register', { email, password, displayName: 'Fuzz Applicant' });
  if (registered.status !== 202) throw new Error(`registration failed: ${registered.status} ${registered.text}`);
  const [event] = await platform.queryGateway<{ link: string }>(
    `SELECT payload->'data'->'verifyLink'->>'url' AS link FROM outbox_events
      WHERE type = 'account.verification-requested.v1' AND payload->'data'->>'email' = $1 ORDER BY seq DESC LIMIT 1`,
    [email],
  );
  if (!event) throw new Error(`no verification link for ${email} in the gateway's outbox`);
  const token = new URL(event.link).searchParams.get('token');
  const verified = await callJson(platform, 'POST', '/v1/auth/verify-email', { token });
  if (verified.status !== 200) throw new Error(`email verification failed: ${verified.status} ${verified.text}`);
  return login(platform, email, password);
}

export async function signInCallers(platform: FuzzPlatform): Promise<{ callers: Callers; staffToken: string; applicantToken: string }> {
  const staffToken = await login(platform, FUZZ_ADMIN.email, FUZZ_ADMIN.password);
  const applicantToken = await registerApplicant(platform);
  const callers: Callers = {
    anonymous: { name: 'anonymous', roles: [], headers: {} },
    staff: { name: 'staff', roles: ['network-staff'], headers: { authorization: `Bearer ${staffToken}` } },
    applicant: { name: 'applicant', roles: ['applicant'], headers: { authorization: `Bearer ${applicantToken}` } },
  };
  return { callers, staffToken, applicantToken };
}

/** May `caller` use an operation with these `x-roles`? */
export function isAllowed(caller: Caller, roles: readonly string[]): boolean {
  if (roles.includes('public')) return true;
  if (caller.name === 'anonymous') return false;
  return roles.includes('authenticated') || caller.roles.some((role) => roles.includes(role));
}

/**
 * Ids of real resources for the fuzzer to use now and then, so that requests reach past
 * "not found": a few cities of the gazetteer, and made here a member program, a partnership
 * (approved by both sides when that works), an exchange program under it, a webhook
 * endpoint and an invited account. The callers' own account ids are left out on purpose:
 * the fuzzer as staff could otherwise disable or demote its own callers.
 */
export async function sampleIds(platform: FuzzPlatform, staffToken: string): Promise<SampleIds> {
  const post = (target: string, body: unknown) => callJson(platform, 'POST', target, body, staffToken);
  const create = async (target: string, body: unknown, pick = (json: unknown) => (json as { id?: unknown } | undefined)?.id): Promise<string[]> => {
    const response = await post(target, body);
    const id = pick(response.json);
    if (typeof id !== 'string') throw new Error(`POST ${target} made nothing: ${response.status} ${response.text.slice(0, 500)}`);
    return [id];
  };
  // One city from each of a few countries: a partnership joins cities of two countries.
  const cityIds: string[] = [];
  for (const country of ['FR', 'DE', 'JP', 'BR']) {
    const cities = await callJson(platform, 'GET', `/v1/cities?country=${country}&limit=1`, undefined, staffToken);
    cityIds.push(...((cities.json as { items?: Array<{ id: string }> })?.items ?? []).map((city) => city.id));
  }
  if (cityIds.length < 2) throw new Error(`too few cities in the gazetteer: ${JSON.stringify(cityIds)}`);
  const memberProgramId = await create('/v1/member-programs', { name: 'Fuzz Program', cityId: cityIds[0] });
  const partnershipId = await create('/v1/partnerships', {
    memberProgramId: memberProgramId[0],
    partnerCityId: cityIds[1],
    terms: { title: 'Fuzz twinning', kind: 'sister_city', focusAreas: ['arts-culture'] },
  });
  // A reserved domain (RFC 2606): the platform's deliveries to it go nowhere.
  const endpointId = await create('/v1/webhook-endpoints', { url: 'https://hooks.fuzz.example/scn' });
  const accountId = await create(
    '/v1/accounts/invitations',
    { email: 'fuzz-invitee@test.scn', displayName: 'Fuzz Invitee', grants: [{ role: 'applicant', scopeIds: [] }] },
    (json) => (json as { account?: { id?: unknown } } | undefined)?.account?.id,
  ).catch(skipped);
  const exchangeProgramId = await exchangeProgram(platform, staffToken, partnershipId[0] ?? '').catch(skipped);
  return {
    cityId: cityIds,
    city: cityIds,
    partnerCityId: cityIds,
    memberCityId: cityIds,
    memberProgramId,
    partnershipId,
    endpointId,
    accountId,
    exchangeProgramId,
  };
}

/** A fixture the fuzzer can do without: it says why it is missing and goes on. */
function skipped(error: unknown): string[] {
  console.warn(`fuzz: a sample resource was not made, the fuzzer goes on without it: ${String(error)}`);
  return [];
}

/** Both sides approve the partnership's agreement (it becomes active), then an exchange program is drafted under it. */
async function exchangeProgram(platform: FuzzPlatform, staffToken: string, partnershipId: string): Promise<string[]> {
  const partnership = await callJson(platform, 'GET', `/v1/partnerships/${partnershipId}`, undefined, staffToken);
  const { currentVersion, versions } = partnership.json as { currentVersion: number; versions: Array<{ version: number; termsHash: string }> };
  const termsHash = versions.find((v) => v.version === currentVersion)?.termsHash;
  for (const side of ['member', 'partner']) {
    const approval = { version: currentVersion, termsHash, side, signatoryName: 'Fuzz Signatory', signatoryOffice: 'Mayor', signedOn: '2026-01-15' };
    const approved = await callJson(platform, 'POST', `/v1/partnerships/${partnershipId}/approvals`, approval, staffToken);
    if (approved.status >= 300) throw new Error(`approval of the ${side} side refused: ${approved.status} ${approved.text.slice(0, 500)}`);
  }
  const year = new Date().getUTCFullYear() + 1;
  const draft = {
      partnershipId,
      season: year,
      category: 'arts-culture',
      title: 'Fuzz exchange',
      languages: ['en'],
      direction: 'reciprocal',
      travelStart: `${year}-07-01`,
      travelEnd: `${year}-07-15`,
      applicationOpensAt: `${year}-01-01T00:00:00Z`,
      applicationClosesAt: `${year}-03-01T00:00:00Z`,
      capacity: { member: 5, partner: 5 },
      costs: { amount: 100, currency: 'EUR' },
      eligibility: { minAge: 16, maxAge: 30, residence: 'any' },
  };
  // The exchanges service learns that the partnership is active from an event: wait for it.
  const program = await waitFor(
    'the exchanges service to see the partnership active',
    async () => {
      const response = await callJson(platform, 'POST', '/v1/manage/exchange-programs', draft, staffToken);
      return response.status === 409 ? undefined : response;
    },
    { timeoutMs: 15_000, intervalMs: 250 },
  );
  const id = (program.json as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') throw new Error(`no exchange program: ${program.status} ${program.text.slice(0, 500)}`);
  return [id];
}

/**
 * A real `nextCursor` of each list that has a second page, asked for as staff one item a
 * page: the fuzzer swaps one key of it for a hostile one, keeping the shape the server reads.
 */
export async function realCursors(platform: FuzzPlatform, staffToken: string, operations: Operation[], samples: SampleIds): Promise<Map<string, string>> {
  const cursors = new Map<string, string>();
  for (const operation of operations) {
    const names = operation.queryParams.map((p) => p.name);
    if (operation.method !== 'GET' || !names.includes('cursor') || !names.includes('limit')) continue;
    const ids = operation.pathParams.map((p) => samples[p.name]?.[0]);
    if (ids.some((id) => id === undefined)) continue;
    let index = 0;
    const path = operation.path.replace(/\{\w+\}/g, () => percentEncode(ids[index++] ?? ''));
    const response = await callJson(platform, 'GET', `${path}?limit=1`, undefined, staffToken);
    const next = (response.json as { nextCursor?: unknown } | undefined)?.nextCursor;
    if (typeof next === 'string') cursors.set(operation.operationId, next);
  }
  return cursors;
}

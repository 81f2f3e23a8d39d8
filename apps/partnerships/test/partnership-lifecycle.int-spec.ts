import type { PrismaClient } from '@scn-prisma/partnerships';
import type { RunningService } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { createTestDatabase, startTestService, type TestDatabase } from '@scn/testing';
import { v7 as uuidv7 } from 'uuid';
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';
import { partnershipsService } from '../src/partnerships.service-definition';

// The whole lifecycle of a partnership through the gateway, with the roles of each side:
// staff, the member program's admin and the partner city's contact.

const MEMBER_CITY = 'gn:990000101';
const PARTNER_CITY = 'gn:990000102';
const OTHER_PARTNER_CITY = 'gn:990000103';
const SAME_COUNTRY_CITY = 'gn:990000104';
const OTHER_MEMBER_CITY = 'gn:990000105';
const CITIES = [
  { id: MEMBER_CITY, name: 'Testville', countryCode: 'US', regionCode: 'OR' },
  { id: PARTNER_CITY, name: 'Essai-sur-Mer', countryCode: 'FR', regionCode: null },
  { id: OTHER_PARTNER_CITY, name: 'Tesuto', countryCode: 'JP', regionCode: null },
  { id: SAME_COUNTRY_CITY, name: 'Otherton', countryCode: 'US', regionCode: 'WA' },
  { id: OTHER_MEMBER_CITY, name: 'Elsewhere', countryCode: 'US', regionCode: 'CA' },
];

const terms = (text: string) => ({ title: 'Sister city agreement', kind: 'sister_city', focusAreas: ['arts-culture', 'youth-education'], text });
const signature = (side: 'member' | 'partner', version: number, termsHash: string, signedOn: string) => ({
  version,
  termsHash,
  side,
  signatoryName: side === 'member' ? 'Pat Mayor' : 'Camille Maire',
  signatoryOffice: 'Mayor',
  signedOn,
  documentRef: `MOU-${side}-${version}`,
});

describe('a partnership’s lifecycle through the gateway', () => {
  let gateway: GatewayUnderTest;
  let database: TestDatabase;
  let service: RunningService;
  const programId = uuidv7();
  const otherProgramId = uuidv7();
  const ids = { staff: '', admin: uuidv7(), partner: uuidv7() };
  const tokens = { staff: '', admin: '', partner: '', otherAdmin: '', otherPartner: '' };
  let partnershipId = '';

  const call = async (token: string, method: string, path: string, body?: unknown) => gateway.request(method, path, { token, body });
  const at = (suffix = '') => `/v1/partnerships/${partnershipId}${suffix}`;
  const expectProblem = (response: { status: number; body?: { code?: string } }, status: number, code: string) =>
    expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  const current = async () => (await call(tokens.staff, 'GET', at())).body;

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start();
    database = await createTestDatabase('partnerships');
    // The service answers in the gateway's namespace, so the gateway's calls reach it.
    service = await startTestService(partnershipsService, { namespace: gateway.namespace, databaseUrl: database.url });
    const db = service.app.get<PrismaClient>(DATABASE);
    for (const city of CITIES) {
      const row = { ...city, searchName: city.name.toLowerCase(), altNames: [], latitude: 45, longitude: 5, source: 'test' };
      await db.city.upsert({ where: { id: city.id }, create: row, update: row });
    }
    await db.memberProgram.createMany({
      data: [
        { id: programId, name: 'Testville Sister Cities', cityId: MEMBER_CITY, duesPaidThrough: 2030 },
        { id: otherProgramId, name: 'Elsewhere Sister Cities', cityId: OTHER_MEMBER_CITY, duesPaidThrough: 2030 },
      ],
    });
    const login = await gateway.login();
    tokens.staff = login.accessToken;
    ids.staff = login.caller.accountId;
    tokens.admin = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [programId] }], ids.admin);
    tokens.partner = await gateway.tokenFor([{ role: 'partner-contact', scopeIds: [PARTNER_CITY] }], ids.partner);
    tokens.otherAdmin = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [otherProgramId] }]);
    tokens.otherPartner = await gateway.tokenFor([{ role: 'partner-contact', scopeIds: [OTHER_PARTNER_CITY] }]);
  });

  afterAll(async () => {
    await service?.app.close();
    await gateway?.stop();
    await database?.drop();
  });

  it('is proposed by the member program’s admin, with the terms as version 1', async () => {
    const proposal = {
      memberProgramId: programId,
      partnerCityId: PARTNER_CITY,
      terms: terms('We agree to be sister cities.'),
      partnerContacts: [{ name: 'Camille', email: 'camille@essai.example', language: 'fr' }],
    };
    expectProblem(await call(tokens.admin, 'POST', '/v1/partnerships', { ...proposal, partnerCityId: SAME_COUNTRY_CITY }), 400, 'PARTNERSHIP.SAME_COUNTRY');
    expectProblem(await call(tokens.admin, 'POST', '/v1/partnerships', { ...proposal, partnerCityId: 'gn:990000199' }), 400, 'PARTNERSHIP.PARTNER_CITY_UNKNOWN');
    expectProblem(await call(tokens.otherAdmin, 'POST', '/v1/partnerships', proposal), 400, 'PARTNERSHIP.MEMBER_PROGRAM_UNKNOWN');
    expectProblem(await call(tokens.partner, 'POST', '/v1/partnerships', proposal), 403, 'AUTH.FORBIDDEN');

    const created = await call(tokens.admin, 'POST', '/v1/partnerships', proposal);
    expect(created.status).toBe(201);
    partnershipId = created.body.id;
    expect(created.body).toMatchObject({
      memberProgramId: programId,
      memberCityId: MEMBER_CITY,
      partnerCityId: PARTNER_CITY,
      partnerCity: { id: PARTNER_CITY, name: 'Essai-sur-Mer', countryCode: 'FR' },
      status: 'proposed',
      currentVersion: 1,
      inForceVersion: null,
      startDate: null,
      versions: [{ version: 1, state: 'draft', approvals: [], termsHash: expect.stringMatching(/^[0-9a-f]{64}$/) }],
      partnerContacts: [{ name: 'Camille' }],
    });
    expectProblem(await call(tokens.staff, 'POST', '/v1/partnerships', proposal), 409, 'PARTNERSHIP.DUPLICATE');
  });

  it('refuses what a proposed partnership cannot do', async () => {
    expectProblem(await call(tokens.staff, 'POST', at('/suspension'), { reason: 'test' }), 409, 'PARTNERSHIP.ILLEGAL_TRANSITION');
    expectProblem(await call(tokens.staff, 'POST', at('/amendments'), { terms: terms('Other') }), 409, 'PARTNERSHIP.ILLEGAL_TRANSITION');
    expectProblem(await call(tokens.staff, 'POST', at('/termination/approval'), { side: 'partner' }), 409, 'PARTNERSHIP.ILLEGAL_TRANSITION');
  });

  it('hides it from the admins and contacts of other programs and cities', async () => {
    const { termsHash } = (await current()).versions[0];
    expect((await call(tokens.otherAdmin, 'GET', at())).status).toBe(404);
    expectProblem(await call(tokens.otherPartner, 'GET', at('/history')), 404, 'PARTNERSHIP.NOT_FOUND');
    expect((await call(tokens.otherAdmin, 'POST', at('/approvals'), signature('member', 1, termsHash, '2026-03-01'))).status).toBe(404);
    expect((await call(tokens.otherAdmin, 'GET', '/v1/partnerships')).body.items).toEqual([]);
    expect((await call(tokens.admin, 'GET', '/v1/partnerships')).body.items.map((p: { id: string }) => p.id)).toEqual([partnershipId]);
    expect((await call(tokens.partner, 'GET', `/v1/partnerships?country=FR&status=proposed`)).body.items).toHaveLength(1);
  });

  it('becomes active when both sides have signed version 1, from the later signature', async () => {
    const { termsHash } = (await current()).versions[0];
    expectProblem(await call(tokens.partner, 'POST', at('/approvals'), signature('member', 1, termsHash, '2026-03-01')), 403, 'PARTNERSHIP.NOT_YOUR_SIDE');
    expectProblem(await call(tokens.admin, 'POST', at('/approvals'), signature('member', 1, 'f'.repeat(64), '2026-03-01')), 409, 'PARTNERSHIP.STALE_VERSION');

    // Awaiting both sides: each side's list of what waits for its signature holds it.
    const awaiting = async (token: string, side: 'member' | 'partner') =>
      (await call(token, 'GET', `/v1/partnerships?awaitingApprovalBy=${side}`)).body.items.map((p: { id: string }) => p.id);
    expect(await awaiting(tokens.admin, 'member')).toEqual([partnershipId]);
    expect(await awaiting(tokens.partner, 'partner')).toEqual([partnershipId]);
    expect(await awaiting(tokens.otherAdmin, 'member')).toEqual([]);
    expect((await call(tokens.admin, 'GET', '/v1/partnerships')).body.items[0].awaitingApproval).toEqual(['member', 'partner']);
    expectProblem(await call(tokens.admin, 'GET', '/v1/partnerships?awaitingApprovalBy=both'), 400, 'REQUEST.INVALID');

    const first = await call(tokens.admin, 'POST', at('/approvals'), signature('member', 1, termsHash, '2026-03-01'));
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('proposed');
    expect(first.body.awaitingApproval).toEqual(['partner']);
    expect(await awaiting(tokens.admin, 'member')).toEqual([]);
    expect(await awaiting(tokens.partner, 'partner')).toEqual([partnershipId]);
    expectProblem(await call(tokens.admin, 'POST', at('/approvals'), signature('member', 1, termsHash, '2026-03-02')), 409, 'PARTNERSHIP.ALREADY_APPROVED');

    const second = await call(tokens.partner, 'POST', at('/approvals'), signature('partner', 1, termsHash, '2026-03-15'));
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ status: 'active', inForceVersion: 1, currentVersion: 1, startDate: '2026-03-15', awaitingApproval: [] });
    expect(await awaiting(tokens.partner, 'partner')).toEqual([]);
    expect(second.body.versions[0]).toMatchObject({ state: 'in_force', approvals: [{ side: 'member', approvedBy: ids.admin }, { side: 'partner', signatoryName: 'Camille Maire', documentRef: 'MOU-partner-1' }] });
  });

  it('keeps the signed version in force while an amendment waits; old approvals do not count for it', async () => {
    const v1Hash = (await current()).versions[0].termsHash;
    const amended = await call(tokens.admin, 'POST', at('/amendments'), { terms: terms('We agree, and exchange students every year.') });
    expect(amended.status).toBe(200);
    expect(amended.body).toMatchObject({ status: 'active', currentVersion: 2, inForceVersion: 1, awaitingApproval: ['member', 'partner'] });
    expect((await call(tokens.admin, 'GET', '/v1/partnerships?awaitingApprovalBy=member')).body.items).toHaveLength(1);
    const v2Hash = amended.body.versions[0].termsHash;
    expect(amended.body.versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([[2, 'draft'], [1, 'in_force']]);

    const stale = await call(tokens.partner, 'POST', at('/approvals'), signature('partner', 1, v1Hash, '2026-04-01'));
    expectProblem(stale, 409, 'PARTNERSHIP.STALE_VERSION');
    expect(stale.body.detail).toContain('version is 2');
    expect(stale.body.errors).toEqual([
      { field: 'version', rule: 'current', message: '2', params: { current: 2 } },
      { field: 'termsHash', rule: 'current', message: v2Hash, params: { current: v2Hash } },
    ]);
    // The current version's number with the hash of another version's terms.
    expectProblem(await call(tokens.partner, 'POST', at('/approvals'), signature('partner', 2, v1Hash, '2026-04-01')), 409, 'PARTNERSHIP.STALE_VERSION');
    expectProblem(await call(tokens.partner, 'POST', at('/amendments'), { terms: terms('A third text') }), 409, 'PARTNERSHIP.AMENDMENT_PENDING');
    expect(await current()).toMatchObject({ inForceVersion: 1, versions: [{ version: 2, state: 'draft' }, { version: 1, state: 'in_force' }] });
  });

  it('reverts the amendment, then brings a new one into force when both sides approve it', async () => {
    const reverted = await call(tokens.partner, 'POST', at('/amendments/revert'));
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ currentVersion: 1, inForceVersion: 1, versions: [{ version: 2, state: 'withdrawn' }, { version: 1, state: 'in_force' }] });
    expectProblem(await call(tokens.partner, 'POST', at('/amendments/revert')), 409, 'PARTNERSHIP.NOTHING_TO_REVERT');
    expectProblem(await call(tokens.admin, 'POST', at('/amendments'), { terms: terms('We agree to be sister cities.') }), 409, 'PARTNERSHIP.TERMS_UNCHANGED');

    const amended = await call(tokens.partner, 'POST', at('/amendments'), { terms: terms('We agree, with a youth exchange.') });
    expect(amended.body).toMatchObject({ currentVersion: 3, inForceVersion: 1 });
    const v3Hash = amended.body.versions[0].termsHash;
    // Both sides at once: the row lock serializes them, so exactly one of them completes the signing.
    const [member, partner] = await Promise.all([
      call(tokens.admin, 'POST', at('/approvals'), signature('member', 3, v3Hash, '2026-05-01')),
      call(tokens.partner, 'POST', at('/approvals'), signature('partner', 3, v3Hash, '2026-05-02')),
    ]);
    expect([member.status, partner.status]).toEqual([200, 200]);
    expect(await current()).toMatchObject({
      status: 'active',
      currentVersion: 3,
      inForceVersion: 3,
      startDate: '2026-03-15',
      versions: [{ version: 3, state: 'in_force' }, { version: 2, state: 'withdrawn' }, { version: 1, state: 'superseded' }],
    });
  });

  it('is suspended and reactivated by the member side; contacts change without re-approval', async () => {
    expectProblem(await call(tokens.partner, 'POST', at('/suspension'), { reason: 'elections' }), 403, 'AUTH.FORBIDDEN');
    const suspended = await call(tokens.admin, 'POST', at('/suspension'), { reason: 'municipal elections' });
    expect(suspended.body.status).toBe('suspended');
    expectProblem(await call(tokens.admin, 'POST', at('/amendments'), { terms: terms('During suspension') }), 409, 'PARTNERSHIP.ILLEGAL_TRANSITION');
    expectProblem(await call(tokens.admin, 'POST', at('/suspension'), { reason: 'again' }), 409, 'PARTNERSHIP.ILLEGAL_TRANSITION');
    expect((await call(tokens.admin, 'POST', at('/reactivation'))).body.status).toBe('active');
    expectProblem(await call(tokens.admin, 'POST', at('/reactivation')), 409, 'PARTNERSHIP.ILLEGAL_TRANSITION');

    const contacts = [{ name: 'Dominique', email: 'dominique@essai.example', language: 'fr' }];
    expectProblem(await call(tokens.partner, 'PUT', at('/contacts/member'), { contacts }), 403, 'PARTNERSHIP.NOT_YOUR_SIDE');
    const changed = await call(tokens.partner, 'PUT', at('/contacts/partner'), { contacts });
    expect(changed.body).toMatchObject({ partnerContacts: contacts, currentVersion: 3, inForceVersion: 3, status: 'active' });
  });

  it('is terminated when one side proposes it and the other approves', async () => {
    expectProblem(await call(tokens.partner, 'POST', at('/termination'), { side: 'partner', reason: 'x', immediately: true }), 403, 'PARTNERSHIP.STAFF_ONLY');
    const proposed = await call(tokens.partner, 'POST', at('/termination'), { side: 'partner', reason: 'the council ended its twinning programme' });
    expect(proposed.body).toMatchObject({ status: 'active', pendingTermination: { side: 'partner', proposedBy: ids.partner } });
    expectProblem(await call(tokens.admin, 'POST', at('/termination'), { side: 'member', reason: 'too' }), 409, 'PARTNERSHIP.TERMINATION_PENDING');
    expectProblem(await call(tokens.partner, 'POST', at('/termination/approval'), { side: 'partner' }), 409, 'PARTNERSHIP.OWN_TERMINATION');

    // The lists carry the ending, and it waits for the member side only (its version being in force).
    const awaiting = async (token: string, side: 'member' | 'partner') =>
      (await call(token, 'GET', `/v1/partnerships?awaitingApprovalBy=${side}`)).body.items as Array<{ id: string; awaitingApproval: string[] }>;
    const memberWaits = await awaiting(tokens.admin, 'member');
    expect(memberWaits).toEqual([
      expect.objectContaining({
        id: partnershipId,
        awaitingApproval: [],
        pendingTermination: { side: 'partner', reason: 'the council ended its twinning programme', proposedBy: ids.partner, at: proposed.body.pendingTermination.at },
      }),
    ]);
    expect(await awaiting(tokens.partner, 'partner')).toEqual([]);
    expect(await awaiting(tokens.otherAdmin, 'member')).toEqual([]);
    const listed = (await call(tokens.partner, 'GET', '/v1/partnerships')).body.items;
    expect(listed.find((p: { id: string }) => p.id === partnershipId).pendingTermination).toMatchObject({ side: 'partner' });
    // Filters combine: an ending is no reason to list a partnership of another status.
    expect(await (await call(tokens.admin, 'GET', '/v1/partnerships?awaitingApprovalBy=member&status=proposed')).body.items).toEqual([]);

    const terminated = await call(tokens.admin, 'POST', at('/termination/approval'), { side: 'member' });
    expect(terminated.body).toMatchObject({ status: 'terminated', pendingTermination: null, inForceVersion: 3 });
    expect(await awaiting(tokens.admin, 'member')).toEqual([]);

    const { termsHash } = terminated.body.versions[0];
    expectProblem(await call(tokens.staff, 'POST', at('/approvals'), signature('member', 3, termsHash, '2026-06-01')), 409, 'PARTNERSHIP.ILLEGAL_TRANSITION');
    expectProblem(await call(tokens.staff, 'POST', at('/suspension'), { reason: 'x' }), 409, 'PARTNERSHIP.ILLEGAL_TRANSITION');
    expectProblem(await call(tokens.staff, 'POST', at('/termination'), { side: 'member', reason: 'x' }), 409, 'PARTNERSHIP.ILLEGAL_TRANSITION');
    expectProblem(await call(tokens.staff, 'PUT', at('/contacts/member'), { contacts: [] }), 409, 'PARTNERSHIP.ILLEGAL_TRANSITION');
  });

  it('keeps every step in the history, with its actor', async () => {
    const response = await call(tokens.partner, 'GET', at('/history?limit=10'));
    expect(response.status).toBe(200);
    const rest = await call(tokens.partner, 'GET', at(`/history?limit=10&cursor=${response.body.nextCursor}`));
    const steps = [...response.body.items, ...rest.body.items].map((c: { action: string; actorId: string }) => [c.action, c.actorId]);
    expect(steps).toEqual([
      ['proposed', ids.admin],
      ['approved', ids.admin],
      ['approved', ids.partner],
      ['terms-amended', ids.admin],
      ['amendment-reverted', ids.partner],
      ['terms-amended', ids.partner],
      ['approved', expect.any(String)],
      ['approved', expect.any(String)],
      ['suspended', ids.admin],
      ['reactivated', ids.admin],
      ['contacts-changed', ids.partner],
      ['termination-proposed', ids.partner],
      ['terminated', ids.admin],
    ]);
    expect(rest.body.nextCursor).toBeNull();
    const { history } = await current();
    expect(history.total).toBe(13);
    expect(history.recent.map((change: { action: string }) => change.action)).toEqual(['terminated', 'termination-proposed', 'contacts-changed', 'reactivated', 'suspended']);
  });

  it('lets either side withdraw a proposal never signed, and staff terminate at once', async () => {
    const proposal = { memberProgramId: programId, partnerCityId: OTHER_PARTNER_CITY, terms: terms('Friendship') };
    const first = (await call(tokens.staff, 'POST', '/v1/partnerships', proposal)).body;
    const withdrawn = await call(tokens.admin, 'POST', `/v1/partnerships/${first.id}/termination`, { side: 'member', reason: 'not now' });
    expect(withdrawn.body).toMatchObject({ status: 'terminated', versions: [{ version: 1, state: 'withdrawn' }] });

    // Once terminated, the same two cities may be proposed again.
    const second = (await call(tokens.admin, 'POST', '/v1/partnerships', proposal)).body;
    const [hash] = second.versions.map((v: { termsHash: string }) => v.termsHash);
    await call(tokens.staff, 'POST', `/v1/partnerships/${second.id}/approvals`, signature('member', 1, hash, '2026-02-01'));
    await call(tokens.staff, 'POST', `/v1/partnerships/${second.id}/approvals`, signature('partner', 1, hash, '2026-02-01'));
    const ended = await call(tokens.staff, 'POST', `/v1/partnerships/${second.id}/termination`, { side: 'member', reason: 'dissolved', immediately: true });
    expect(ended.body.status).toBe('terminated');

    const list = await call(tokens.staff, 'GET', `/v1/partnerships?memberProgramId=${programId}&status=terminated&limit=2`);
    expect(list.body.items).toHaveLength(2);
    const next = await call(tokens.staff, 'GET', `/v1/partnerships?memberProgramId=${programId}&status=terminated&limit=2&cursor=${list.body.nextCursor}`);
    expect(next.body).toEqual({ items: [expect.objectContaining({ id: partnershipId })], nextCursor: null });
    expectProblem(await call(tokens.staff, 'GET', '/v1/partnerships?cursor=garbage'), 400, 'REQUEST.INVALID');
  });
});

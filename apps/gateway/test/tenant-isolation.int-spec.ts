import { v7 as uuidv7 } from 'uuid';
import { GatewayUnderTest } from './gateway-harness';
import { fixtureData, TenantFixtureModule } from './tenant-fixture.module';

// Cross-tenant attempts through the real gateway (tokens, guard, interceptor), on routes
// declared the way the services' routes are and handlers that decide scope the way the
// services' handlers do. Outside its scope a caller gets 404, the same answer as for a
// resource that does not exist, and nothing changes. The same holds on the real
// services' routes: scope-matrix.int-spec.ts.

describe('tenant isolation', () => {
  let gateway: GatewayUnderTest;
  const programA = uuidv7();
  const programB = uuidv7();
  const applicantX = uuidv7();
  const applicantY = uuidv7();
  const exchangeProgram = uuidv7();
  const applicationOfX = uuidv7();
  const applicationOfY = uuidv7();
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ extraModules: [TenantFixtureModule] });
    fixtureData.programs.set(programA, { id: programA, name: 'Program A' });
    fixtureData.programs.set(programB, { id: programB, name: 'Program B' });
    fixtureData.applications.set(applicationOfX, { id: applicationOfX, applicantAccountId: applicantX, exchangeProgramId: exchangeProgram });
    fixtureData.applications.set(applicationOfY, { id: applicationOfY, applicantAccountId: applicantY, exchangeProgramId: uuidv7() });
    fixtureData.inboxes.set('city-P', { cityId: 'city-P', messages: ['for P'] });
    fixtureData.inboxes.set('city-Q', { cityId: 'city-Q', messages: ['for Q'] });
    tokens['adminA'] = await gateway.tokenFor([{ role: 'program-admin', scopeIds: [programA] }]);
    tokens['applicantX'] = await gateway.tokenFor([{ role: 'applicant', scopeIds: [] }], applicantX);
    tokens['reviewer'] = await gateway.tokenFor([{ role: 'reviewer', scopeIds: [exchangeProgram] }]);
    tokens['contactP'] = await gateway.tokenFor([{ role: 'partner-contact', scopeIds: ['city-P'] }]);
    tokens['staff'] = (await gateway.login()).accessToken;
  });
  afterAll(() => gateway.stop());

  const status = async (method: string, path: string, token: string, body?: unknown) =>
    (await gateway.request(method, path, { token, body })).status;

  it('lets program admin A read and change program A, and not program B', async () => {
    expect(await status('GET', `/v1/fixture/member-programs/${programA}`, tokens['adminA']!)).toBe(200);
    expect(await status('PATCH', `/v1/fixture/member-programs/${programA}`, tokens['adminA']!, { name: 'A renamed' })).toBe(200);

    const read = await gateway.request('GET', `/v1/fixture/member-programs/${programB}`, { token: tokens['adminA'] });
    expect({ status: read.status, code: read.body.code }).toEqual({ status: 404, code: 'FIXTURE.NOT_FOUND' });
    expect(read.body).not.toHaveProperty('name');
    expect(await status('PATCH', `/v1/fixture/member-programs/${programB}`, tokens['adminA']!, { name: 'hijacked' })).toBe(404);
    expect(fixtureData.programs.get(programB)!.name).toBe('Program B');
  });

  it('lets applicant X read their own application and not applicant Y’s', async () => {
    expect(await status('GET', `/v1/fixture/applications/${applicationOfX}`, tokens['applicantX']!)).toBe(200);
    expect(await status('GET', `/v1/fixture/applications/${applicationOfY}`, tokens['applicantX']!)).toBe(404);
  });

  it('lets a reviewer read applications of the programs they review only', async () => {
    expect(await status('GET', `/v1/fixture/applications/${applicationOfX}`, tokens['reviewer']!)).toBe(200);
    expect(await status('GET', `/v1/fixture/applications/${applicationOfY}`, tokens['reviewer']!)).toBe(404);
  });

  it('lets the partner contact of city P read P’s inbox and not Q’s', async () => {
    const own = await gateway.request('GET', '/v1/fixture/partner-cities/city-P/inbox', { token: tokens['contactP'] });
    expect(own.body).toEqual({ cityId: 'city-P', messages: ['for P'] });
    expect(await status('GET', '/v1/fixture/partner-cities/city-Q/inbox', tokens['contactP']!)).toBe(404);
  });

  it('answers a missing resource and another tenant’s resource alike', async () => {
    const other = await gateway.request('GET', `/v1/fixture/member-programs/${programB}`, { token: tokens['adminA'] });
    const none = await gateway.request('GET', `/v1/fixture/member-programs/${uuidv7()}`, { token: tokens['adminA'] });
    expect(other.status).toBe(none.status);
  });

  it('lets staff everywhere', async () => {
    for (const path of [
      `/v1/fixture/member-programs/${programB}`,
      `/v1/fixture/applications/${applicationOfY}`,
      '/v1/fixture/partner-cities/city-Q/inbox',
    ]) {
      expect(await status('GET', path, tokens['staff']!)).toBe(200);
    }
  });

  it('refuses roles the route does not allow before looking at the resource', async () => {
    const answer = await gateway.request('GET', `/v1/fixture/member-programs/${programA}`, { token: tokens['contactP'] });
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 403, code: 'AUTH.FORBIDDEN' });
  });
});

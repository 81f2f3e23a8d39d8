import { waitFor } from '@scn/testing';
import { GatewayUnderTest, type TestResponse } from './gateway-harness';

// Staff's network dashboard with the four services behind the gateway: figures made
// through the API come back counted, and only staff may read them.

const CITIES = { portland: 'gn:5746545', sapporo: 'gn:2128295', lyon: 'gn:2996944' };
const DAY = 86_400_000;

let gateway: GatewayUnderTest;
let staff: string;

beforeAll(async () => {
  gateway = await GatewayUnderTest.start({ withPartnerships: true, withExchanges: true, withApplications: true, withNotifications: true });
  staff = (await gateway.login()).accessToken;
}, 120_000);

afterAll(async () => {
  await gateway?.stop();
});

async function expectCreated(path: string, body: unknown): Promise<TestResponse['body']> {
  const response = await gateway.request('POST', path, { token: staff, body });
  if (response.status !== 201 && response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

describe('the network dashboard', () => {
  it('counts what was made through the API, each figure where its rows live', async () => {
    const year = new Date().getUTCFullYear();
    const good = await expectCreated('/v1/member-programs', { name: 'Portland Sister Cities', cityId: CITIES.portland, duesPaidThrough: year });
    await expectCreated('/v1/member-programs', { name: 'Lapsed Association', cityId: CITIES.portland, membership: 'lapsed' });

    const terms = { title: 'Sister cities', kind: 'sister_city', focusAreas: ['youth-education'] };
    await expectCreated('/v1/partnerships', { memberProgramId: good.id, partnerCityId: CITIES.sapporo, terms });
    const signed = await expectCreated('/v1/partnerships', { memberProgramId: good.id, partnerCityId: CITIES.lyon, terms });
    for (const side of ['member', 'partner']) {
      const approval = { version: 1, termsHash: signed.versions[0].termsHash, side, signatoryName: 'Mayor', signatoryOffice: 'Mayor', signedOn: '2026-03-01' };
      await expectCreated(`/v1/partnerships/${signed.id}/approvals`, approval);
    }
    // The exchanges service learns the partnership from its events; a draft program under it.
    await waitFor('the exchanges service to know the partnership', async () => {
      const created = await gateway.request('POST', '/v1/manage/exchange-programs', {
        token: staff,
        body: {
          partnershipId: signed.id,
          season: year + 1,
          category: 'youth-education',
          title: 'Portland–Lyon summer',
          description: 'Two weeks with a host family.',
          languages: ['en', 'fr'],
          direction: 'reciprocal',
          travelStart: `${year + 1}-07-01`,
          travelEnd: `${year + 1}-07-15`,
          applicationOpensAt: new Date(Date.now() + DAY).toISOString(),
          applicationClosesAt: new Date(Date.now() + 60 * DAY).toISOString(),
          decisionReleaseAt: null,
          offerResponseDeadline: null,
          capacity: { member: 5, partner: 5 },
          costs: { amount: 300, currency: 'EUR', covers: ['travel'] },
          eligibility: { minAge: 16, maxAge: 30, residence: 'member-city', languages: ['en'], requiredDocuments: [], maxApplicationsPerSeason: 1 },
        },
      });
      if (created.status === 201) return true;
      if (created.status !== 404) throw new Error(`create the program: ${created.status} ${JSON.stringify(created.body)}`);
      return undefined;
    });

    const response = await gateway.request('GET', '/v1/admin/dashboard', { token: staff });
    expect(response.status).toBe(200);
    const dashboard = response.body;
    expect(dashboard.partnerships.byStatus).toEqual({ proposed: 1, active: 1, suspended: 0, terminated: 0 });
    expect(dashboard.partnerships.byCountry).toEqual([
      { countryCode: 'FR', proposed: 0, active: 1, suspended: 0 },
      { countryCode: 'JP', proposed: 1, active: 0, suspended: 0 },
    ]);
    expect(dashboard.partnerships.regionsOf).toBe('US');
    expect(dashboard.partnerships.byRegion).toEqual([{ regionCode: 'OR', proposed: 1, active: 1, suspended: 0 }]);
    expect(dashboard.memberPrograms).toEqual({ total: 2, inGoodStanding: 1 });
    expect(dashboard.exchangePrograms).toMatchObject({ draft: 1, published: 0, cancelled: 0 });
    expect(dashboard.applications).toEqual({ submitted: 0, reviewed: 0, placed: 0, accepted: 0 });
    expect(dashboard.failedDeliveries).toBe(0);
    expect(dashboard.deadLetters).toBe(0);
    expect(dashboard.queues.map((queue: { name: string }) => queue.name).sort()).toEqual(['notification-delivery', 'reminders', 'webhook-delivery']);
    expect(Date.parse(dashboard.generatedAt)).not.toBeNaN();
  });

  it('is refused to anyone but network staff, as a problem naming the rule', async () => {
    const admin = await gateway.tokenFor([{ role: 'program-admin', scopeIds: ['00000000-0000-4000-8000-000000000001'] }]);
    const refused = await gateway.request('GET', '/v1/admin/dashboard', { token: admin });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBeDefined();
    expect((await gateway.request('GET', '/v1/admin/dashboard')).status).toBe(401);
  });
});

import type { PrismaClient } from '@scn-prisma/notifications';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { GatewayUnderTest } from '../../gateway/test/gateway-harness';

// Following exchange programs through the gateway: follow, whether one follows a program,
// the list of programs followed (each person their own, by cursor pages), unfollow. The
// programs are the service's read model, written here as its events would.

describe('followed programs through the gateway', () => {
  let gateway: GatewayUnderTest;
  let db: PrismaClient;
  const tokens = { ana: '', ben: '' };
  const programs = [uuidv7(), uuidv7(), uuidv7()];

  const call = (token: string, method: string, path: string) => gateway.request(method, path, { token });

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ withNotifications: true });
    tokens.ana = await gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
    tokens.ben = await gateway.tokenFor([{ role: 'applicant', scopeIds: [] }]);
    db = gateway.backends[0]!.service.app.get<PrismaClient>(DATABASE);
    await db.knownExchangeProgram.createMany({
      data: programs.map((id, index) => ({
        id,
        partnershipId: uuidv7(),
        title: `Summer exchange ${index + 1}`,
        category: 'youth',
        season: 2027,
        status: index === 2 ? 'cancelled' : 'open',
        applicationOpensAt: new Date('2027-01-01T00:00:00Z'),
        applicationClosesAt: new Date('2027-03-01T00:00:00Z'),
        travelStart: new Date('2027-07-01'),
        travelEnd: new Date('2027-07-21'),
        lastChangedAt: new Date(),
      })),
    });
  });
  afterAll(() => gateway?.stop());

  it('lists what each person follows, the latest first, by cursor pages, and forgets what they unfollow', async () => {
    expect((await call(tokens.ana, 'GET', `/v1/exchange-programs/${programs[0]}/interest`)).body).toEqual({
      exchangeProgramId: programs[0],
      title: 'Summer exchange 1',
      following: false,
    });
    for (const id of [programs[0], programs[1]]) expect((await call(tokens.ana, 'PUT', `/v1/exchange-programs/${id}/interest`)).status).toBe(200);
    expect((await call(tokens.ana, 'GET', `/v1/exchange-programs/${programs[1]}/interest`)).body).toMatchObject({ following: true });

    const first = await call(tokens.ana, 'GET', '/v1/me/followed-programs?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([
      {
        exchangeProgramId: programs[1],
        title: 'Summer exchange 2',
        season: 2027,
        status: 'open',
        applicationOpensAt: '2027-01-01T00:00:00.000Z',
        applicationClosesAt: '2027-03-01T00:00:00.000Z',
        followedAt: expect.any(String),
      },
    ]);
    const second = await call(tokens.ana, 'GET', `/v1/me/followed-programs?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body).toEqual({ items: [expect.objectContaining({ exchangeProgramId: programs[0] })], nextCursor: null });

    // Nobody else's: another applicant follows nothing.
    expect((await call(tokens.ben, 'GET', '/v1/me/followed-programs')).body).toEqual({ items: [], nextCursor: null });
    expect((await call(tokens.ben, 'GET', `/v1/exchange-programs/${programs[1]}/interest`)).body).toMatchObject({ following: false });

    expect((await call(tokens.ana, 'DELETE', `/v1/exchange-programs/${programs[1]}/interest`)).body).toMatchObject({ following: false });
    const after = await call(tokens.ana, 'GET', '/v1/me/followed-programs');
    expect(after.body.items.map((item: { exchangeProgramId: string }) => item.exchangeProgramId)).toEqual([programs[0]]);
  });

  it('answers whether one follows a program that is over, 404 for one it does not know, 400 for a cursor it did not give', async () => {
    expect((await call(tokens.ana, 'GET', `/v1/exchange-programs/${programs[2]}/interest`)).body).toMatchObject({ following: false });
    const unknown = await call(tokens.ana, 'GET', `/v1/exchange-programs/${uuidv7()}/interest`);
    expect({ status: unknown.status, code: unknown.body?.code }).toEqual({ status: 404, code: 'PROGRAM_INTEREST.PROGRAM_UNKNOWN' });
    const cursor = await call(tokens.ana, 'GET', '/v1/me/followed-programs?cursor=bm90LWEtY3Vyc29y');
    expect(cursor.status).toBe(400);
  });
});

import { freePort } from '@scn/testing';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { createServer, type Server } from 'node:http';
import { GatewayUnderTest, TEST_ADMIN } from './gateway-harness';

// An external OpenID Connect provider, played by a key pair and a JWKS endpoint on loopback.

const ISSUER = 'https://id.test.example';
const AUDIENCE = 'scn-platform';

describe('tokens of an external OpenID Connect provider', () => {
  let gateway: GatewayUnderTest;
  let jwks: Server;
  let providerKey: KeyLike;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    providerKey = pair.privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    const port = await freePort();
    jwks = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(port, '127.0.0.1', resolve));
    gateway = await GatewayUnderTest.start({
      env: { OIDC_ISSUER: ISSUER, OIDC_JWKS_URL: `http://127.0.0.1:${port}/jwks`, OIDC_AUDIENCE: AUDIENCE },
    });
  });
  afterAll(async () => {
    await gateway.stop();
    await new Promise((resolve) => jwks.close(resolve));
  });

  const providerToken = (claims: Record<string, unknown>, options: { key?: KeyLike; audience?: string } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setIssuer(ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setSubject('external-subject')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(options.key ?? providerKey);

  it('accepts a provider token for the local account with that email, with the account’s roles', async () => {
    const token = await providerToken({ email: TEST_ADMIN.email.toUpperCase(), email_verified: true });
    const me = await gateway.request('GET', '/v1/me', { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: TEST_ADMIN.email, grants: [{ role: 'network-staff', scopeIds: [] }] });
    expect((await gateway.request('GET', '/v1/accounts', { token })).status).toBe(200);
  });

  it.each([
    ['an email without local account', { email: 'stranger@test.scn' }, {}],
    ['an unverified email', { email: TEST_ADMIN.email, email_verified: false }, {}],
    ['no email', {}, {}],
    ['another audience', { email: TEST_ADMIN.email }, { audience: 'someone-else' }],
  ])('refuses a provider token with %s', async (_case, claims, options) => {
    const answer = await gateway.request('GET', '/v1/me', { token: await providerToken(claims, options) });
    expect(answer.status).toBe(401);
  });

  it('refuses a token claiming the provider but signed with another key', async () => {
    const other = (await generateKeyPair('RS256')).privateKey;
    const answer = await gateway.request('GET', '/v1/me', { token: await providerToken({ email: TEST_ADMIN.email }, { key: other }) });
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
  });

  it('still accepts the gateway’s own tokens', async () => {
    const { accessToken } = await gateway.login();
    expect((await gateway.request('GET', '/v1/me', { token: accessToken })).status).toBe(200);
  });
});

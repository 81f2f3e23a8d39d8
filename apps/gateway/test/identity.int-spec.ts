import { SignJWT } from 'jose';
import { v7 as uuidv7 } from 'uuid';
import { GatewayUnderTest, TEST_ADMIN, TEST_JWT_SECRET } from './gateway-harness';

const secret = new TextEncoder().encode(TEST_JWT_SECRET);
const tokenFromLink = (url: string) => new URL(url).searchParams.get('token')!;

describe('identity through the gateway', () => {
  let gateway: GatewayUnderTest;
  let staffToken: string;

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_S: '2' } });
    staffToken = (await gateway.login()).accessToken;
  });
  afterAll(() => gateway.stop());

  /** Invites someone, accepts the invitation, returns their account id and password. */
  async function onboard(grants: unknown[], email = `p-${uuidv7()}@test.scn`) {
    const invited = await gateway.request('POST', '/v1/accounts/invitations', {
      token: staffToken,
      body: { email, displayName: 'Pat Example', language: 'fr', grants },
    });
    expect(invited.status).toBe(201);
    const event = (await gateway.outboxEvents('account.invited.v1')).find((e) => e.payload.data.email === email)!;
    const password = 'a-long-enough-password';
    const accepted = await gateway.request('POST', '/v1/auth/invitations/accept', {
      body: { token: tokenFromLink(event.payload.data.acceptLink.url), password },
    });
    expect(accepted.status).toBe(200);
    return { accountId: invited.body.account.id as string, email, password };
  }

  it('creates the bootstrap staff account, which signs in and sees itself', async () => {
    const { accessToken, caller } = await gateway.login();
    expect(caller.grants).toEqual([{ role: 'network-staff', scopeIds: [] }]);
    const me = await gateway.request('GET', '/v1/me', { token: accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: TEST_ADMIN.email, status: 'active' });
    expect(me.body).not.toHaveProperty('passwordHash');
    // Announced like any activated account, once, so the notifications service knows whom to tell.
    const activated = (await gateway.outboxEvents('account.activated.v1')).filter((e) => e.payload.data.email === TEST_ADMIN.email);
    expect(activated.map((e) => e.payload.data.grants)).toEqual([[{ role: 'network-staff', scopeIds: [] }]]);
  });

  it('refuses a wrong password with the same answer as an unknown email', async () => {
    const wrong = await gateway.request('POST', '/v1/auth/login', { body: { email: TEST_ADMIN.email.replace('staff', 'nobody'), password: 'x' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('invites a program admin by an event carrying the link; accepting activates the account with its roles', async () => {
    const programId = uuidv7();
    const person = await onboard([{ role: 'program-admin', scopeIds: [programId] }]);
    const events = await gateway.outboxEvents();
    const invited = events.find((e) => e.type === 'account.invited.v1' && e.payload.data.accountId === person.accountId)!;
    expect(invited.payload.data).toMatchObject({ language: 'fr', grants: [{ role: 'program-admin', scopeIds: [programId] }] });
    expect(events.some((e) => e.type === 'account.activated.v1' && e.payload.data.accountId === person.accountId)).toBe(true);
    const { caller } = await gateway.login(person.email, person.password);
    expect(caller.grants).toEqual([{ role: 'program-admin', scopeIds: [programId] }]);
  });

  it('rotates refresh tokens and revokes the session when an old one is reused', async () => {
    const person = await onboard([{ role: 'reviewer', scopeIds: [uuidv7()] }]);
    const first = await gateway.login(person.email, person.password);
    const second = await gateway.request('POST', '/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    const third = await gateway.request('POST', '/v1/auth/refresh', { body: { refreshToken: second.body.refreshToken } });
    expect(third.status).toBe(200);

    const reuse = await gateway.request('POST', '/v1/auth/refresh', { body: { refreshToken: first.refreshToken } });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('AUTH.REFRESH_TOKEN_REUSED');
    // The newest token of the session stops working too: whoever copied the old one is locked out.
    const latest = await gateway.request('POST', '/v1/auth/refresh', { body: { refreshToken: third.body.refreshToken } });
    expect(latest.status).toBe(401);
    expect(latest.body.code).toBe('AUTH.SESSION_REVOKED');
  });

  it('ends a session on logout', async () => {
    const session = await gateway.login();
    expect((await gateway.request('POST', '/v1/auth/logout', { body: { refreshToken: session.refreshToken } })).status).toBe(204);
    const after = await gateway.request('POST', '/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(after.body.code).toBe('AUTH.SESSION_REVOKED');
  });

  it('refuses expired, tampered, foreign and unsigned access tokens', async () => {
    const { accessToken, caller } = await gateway.login();
    const expired = await new SignJWT({ sid: uuidv7(), email: caller.email, grants: caller.grants })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(caller.accountId)
      .setIssuer('scn-gateway')
      .setAudience('scn-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(secret);
    const [header, payload, signature] = accessToken.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: uuidv7() })).toString('base64url')}.${signature}`;
    const foreign = await new SignJWT({ sid: uuidv7(), email: caller.email, grants: caller.grants })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(caller.accountId)
      .setIssuer('scn-gateway')
      .setAudience('scn-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('another-secret-of-enough-length-0123456789'));
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;

    const expiredAnswer = await gateway.request('GET', '/v1/me', { token: expired });
    expect({ status: expiredAnswer.status, code: expiredAnswer.body.code }).toEqual({ status: 401, code: 'AUTH.TOKEN_EXPIRED' });
    for (const token of [tampered, foreign, unsigned, 'not-a-jwt']) {
      const answer = await gateway.request('GET', '/v1/me', { token });
      expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 401, code: 'AUTH.UNAUTHENTICATED' });
    }
    const malformedHeader = await gateway.request('GET', '/v1/me', { headers: { authorization: 'Basic abc' } });
    expect(malformedHeader.status).toBe(401);
  });

  it('locks an account after repeated failed sign-ins, then lets it in once the lock-out passed', async () => {
    const person = await onboard([{ role: 'applicant', scopeIds: [] }]);
    for (let attempt = 0; attempt < 3; attempt++) {
      const wrong = await gateway.request('POST', '/v1/auth/login', { body: { email: person.email, password: 'wrong-password!' } });
      expect(wrong.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    }
    const locked = await gateway.request('POST', '/v1/auth/login', { body: { email: person.email, password: person.password } });
    expect({ status: locked.status, code: locked.body.code }).toEqual({ status: 429, code: 'AUTH.ACCOUNT_LOCKED' });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await gateway.login(person.email, person.password)).caller.accountId).toBe(person.accountId);
  });

  it('registers an applicant who must verify the email before signing in', async () => {
    const email = `applicant-${uuidv7()}@test.scn`;
    const body = { email, password: 'applicant-password', displayName: 'Ana', language: 'es' };
    expect((await gateway.request('POST', '/v1/auth/register', { body })).status).toBe(202);
    const early = await gateway.request('POST', '/v1/auth/login', { body: { email, password: body.password } });
    expect(early.body.code).toBe('AUTH.ACCOUNT_NOT_ACTIVE');

    const event = (await gateway.outboxEvents('account.verification-requested.v1')).find((e) => e.payload.data.email === email)!;
    expect(event.payload.data.language).toBe('es');
    const verified = await gateway.request('POST', '/v1/auth/verify-email', { body: { token: tokenFromLink(event.payload.data.verifyLink.url) } });
    expect(verified.status).toBe(200);
    expect(verified.body.grants).toEqual([{ role: 'applicant', scopeIds: [] }]);
    expect((await gateway.login(email, body.password)).caller.accountId).toBe(verified.body.id);
    // The link works once.
    const again = await gateway.request('POST', '/v1/auth/verify-email', { body: { token: tokenFromLink(event.payload.data.verifyLink.url) } });
    expect(again.body.code).toBe('AUTH.ACTION_TOKEN_INVALID');
    // Registering a known email answers the same and changes nothing.
    expect((await gateway.request('POST', '/v1/auth/register', { body: { ...body, password: 'another-password-x' } })).status).toBe(202);
    expect((await gateway.login(email, body.password)).caller.accountId).toBe(verified.body.id);
  });

  it('resets a password by emailed token and signs every device out', async () => {
    const person = await onboard([{ role: 'partner-contact', scopeIds: ['city-123'] }]);
    const session = await gateway.login(person.email, person.password);
    expect((await gateway.request('POST', '/v1/auth/password-reset', { body: { email: person.email } })).status).toBe(202);
    expect((await gateway.request('POST', '/v1/auth/password-reset', { body: { email: 'unknown@test.scn' } })).status).toBe(202);
    const event = (await gateway.outboxEvents('account.password-reset-requested.v1')).find((e) => e.payload.data.email === person.email)!;
    const newPassword = 'a-brand-new-password';
    const confirmed = await gateway.request('POST', '/v1/auth/password-reset/confirm', {
      body: { token: tokenFromLink(event.payload.data.resetLink.url), password: newPassword },
    });
    expect(confirmed.status).toBe(204);
    const oldSession = await gateway.request('POST', '/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(oldSession.body.code).toBe('AUTH.SESSION_REVOKED');
    const oldPassword = await gateway.request('POST', '/v1/auth/login', { body: { email: person.email, password: person.password } });
    expect(oldPassword.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    expect((await gateway.login(person.email, newPassword)).caller.accountId).toBe(person.accountId);
  });

  it('lets staff change roles and disable accounts, but never the last staff account', async () => {
    const person = await onboard([{ role: 'reviewer', scopeIds: [uuidv7()] }]);
    const programId = uuidv7();
    const changed = await gateway.request('PUT', `/v1/accounts/${person.accountId}/roles`, {
      token: staffToken,
      body: { grants: [{ role: 'program-admin', scopeIds: [programId] }] },
    });
    expect(changed.status).toBe(200);
    expect((await gateway.login(person.email, person.password)).caller.grants).toEqual([{ role: 'program-admin', scopeIds: [programId] }]);

    const badGrants = await gateway.request('PUT', `/v1/accounts/${person.accountId}/roles`, {
      token: staffToken,
      body: { grants: [{ role: 'program-admin', scopeIds: [] }, { role: 'network-staff', scopeIds: ['x'] }] },
    });
    expect(badGrants.status).toBe(400);
    expect(badGrants.body.errors.map((e: { field: string; rule: string; params?: unknown }) => [e.field, e.rule, e.params])).toEqual([
      ['body.grants.0.scopeIds', 'scope_required', { kind: 'member-program' }],
      ['body.grants.1.scopeIds', 'scope_not_taken', { role: 'network-staff' }],
    ]);

    const disabled = await gateway.request('POST', `/v1/accounts/${person.accountId}/disable`, { token: staffToken });
    expect(disabled.body.status).toBe('disabled');
    const refused = await gateway.request('POST', '/v1/auth/login', { body: { email: person.email, password: person.password } });
    expect(refused.body.code).toBe('AUTH.ACCOUNT_NOT_ACTIVE');

    const staffId = (await gateway.login()).caller.accountId;
    const last = await gateway.request('POST', `/v1/accounts/${staffId}/disable`, { token: staffToken });
    expect({ status: last.status, code: last.body.code }).toEqual({ status: 409, code: 'ACCOUNT.LAST_STAFF' });
  });

  it('refuses to invite an email that already has an active account', async () => {
    const answer = await gateway.request('POST', '/v1/accounts/invitations', {
      token: staffToken,
      body: { email: TEST_ADMIN.email, displayName: 'Dup', grants: [{ role: 'network-staff', scopeIds: [] }] },
    });
    expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 409, code: 'ACCOUNT.EMAIL_TAKEN' });
  });
});

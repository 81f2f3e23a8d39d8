import { createEvent, domainEvents, durableConsumerName, eventStream, eventSubject, HEADERS, type DomainEvent } from '@scn/contracts';
import { ManagedNatsConnection } from '@scn/messaging';
import { waitFor } from '@scn/testing';
import { headers as natsHeaders } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { GatewayUnderTest } from './gateway-harness';

// An applicant who erased their data (`applicant.erased.v1`, published here as the
// applications service's outbox relay would: same stream, subject and headers) loses their
// gateway account: sign-in refused, sessions ended, personal data gone, the email free to
// register again. An account that holds other grants keeps them and only loses the
// applicant grant. A redelivered event changes nothing. No applications service runs: the
// gateway's consumer creates the applications stream itself.

const tokenFromLink = (url: string) => new URL(url).searchParams.get('token')!;

describe("an applicant's erasure, followed by the gateway", () => {
  let gateway: GatewayUnderTest;
  let staffToken: string;

  beforeAll(async () => {
    gateway = await GatewayUnderTest.start();
    staffToken = (await gateway.login()).accessToken;
  });
  afterAll(() => gateway?.stop());

  /** Registers an applicant through the API, verifies the email and signs in. */
  async function registeredApplicant(email = `applicant-${uuidv7()}@test.scn`) {
    const password = 'applicant-password';
    expect((await gateway.request('POST', '/v1/auth/register', { body: { email, password, displayName: 'Lucía Pérez', language: 'es' } })).status).toBe(202);
    const requested = (await gateway.outboxEvents('account.verification-requested.v1')).filter((e) => e.payload.data.email === email).at(-1)!;
    const verified = await gateway.request('POST', '/v1/auth/verify-email', { body: { token: tokenFromLink(requested.payload.data.verifyLink.url) } });
    expect(verified.status).toBe(200);
    const session = await gateway.login(email, password);
    return { accountId: verified.body.id as string, email, password, session };
  }

  const erasedEvent = (applicantId: string) =>
    createEvent(domainEvents, 'applicant.erased.v1', applicantId, { applicantId, erasedAt: new Date().toISOString() }, { correlationId: uuidv7(), causationId: null }) as DomainEvent<'applicant.erased.v1'>;

  /** Publishes the event as the applications service's outbox relay would, under `messageId`. */
  async function publish(event: DomainEvent, messageId: string = event.id): Promise<void> {
    const h = natsHeaders();
    h.set(HEADERS.eventType, event.type);
    h.set(HEADERS.aggregate, event.subject);
    h.set(HEADERS.correlationId, event.correlationId);
    const nc = gateway.service.app.get(ManagedNatsConnection).nc;
    await nc.jetstream().publish(eventSubject(gateway.namespace, domainEvents, event.type), JSON.stringify(event), { msgID: messageId, headers: h });
  }

  const processed = async (eventId: string) => (await gateway.db.processedMessage.count({ where: { consumer: durableConsumerName('gateway'), eventId } })) === 1;
  const consumerIdle = async () => {
    const jsm = await gateway.service.app.get(ManagedNatsConnection).nc.jetstreamManager();
    const stream = eventStream(gateway.namespace, 'applications').name;
    const info = await jsm.consumers.info(stream, durableConsumerName('gateway'));
    const { last_seq } = (await jsm.streams.info(stream)).state;
    return info.delivered.stream_seq === last_seq && info.num_pending === 0 && info.num_ack_pending === 0;
  };
  /** Everything the gateway holds of an account, and the outbox as a whole. */
  const snapshot = async (accountId: string) => ({
    account: await gateway.db.account.findUnique({ where: { id: accountId }, include: { grants: { orderBy: { role: 'asc' } } } }),
    sessions: await gateway.db.session.findMany({ where: { accountId }, orderBy: { id: 'asc' } }),
    actionTokens: await gateway.db.actionToken.findMany({ where: { accountId }, orderBy: { id: 'asc' } }),
    outbox: await gateway.db.outboxEvent.findMany({ orderBy: { seq: 'asc' }, select: { id: true, type: true, aggregate: true } }),
    inbox: await gateway.db.processedMessage.count(),
    audit: await gateway.db.auditEntry.findMany({ where: { actorId: accountId }, orderBy: { id: 'asc' }, select: { id: true, actorEmail: true, clientIp: true, route: true } }),
  });

  it('closes an applicant-only account for good, frees its email, and does nothing more the second time', async () => {
    const person = await registeredApplicant();
    const second = await gateway.login(person.email, person.password); // another device
    // A pending password reset link must die with the account too.
    expect((await gateway.request('POST', '/v1/auth/password-reset', { body: { email: person.email } })).status).toBe(202);
    const reset = (await gateway.outboxEvents('account.password-reset-requested.v1')).find((e) => e.payload.data.email === person.email)!;
    // The account's published events (they carry the email and the name) are deleted: wait until they are.
    await waitFor('the account events to be published', async () =>
      (await gateway.db.outboxEvent.count({ where: { aggregate: person.accountId, publishedAt: null } })) === 0,
    );
    // The audit log names the person on their own requests (their sign-ins here), with the address they came from.
    await gateway.db.auditEntry.updateMany({ where: { actorId: person.accountId }, data: { clientIp: '203.0.113.7' } });
    const auditedBefore = (await snapshot(person.accountId)).audit;
    expect(auditedBefore.length).toBeGreaterThan(0);
    expect(auditedBefore.every((entry) => entry.actorEmail === person.email && entry.clientIp === '203.0.113.7')).toBe(true);
    const outboxBefore = await gateway.db.outboxEvent.count();
    const accountRows = await gateway.db.outboxEvent.count({ where: { aggregate: person.accountId } });
    expect(accountRows).toBeGreaterThan(0);

    const event = erasedEvent(person.accountId);
    await publish(event);
    await waitFor('the erasure to be applied', () => processed(event.id));

    // Sign-in is refused (as for an unknown email), every refresh token is dead.
    const login = await gateway.request('POST', '/v1/auth/login', { body: { email: person.email, password: person.password } });
    expect({ status: login.status, code: login.body.code }).toEqual({ status: 401, code: 'AUTH.INVALID_CREDENTIALS' });
    for (const refreshToken of [person.session.refreshToken, second.refreshToken]) {
      const refreshed = await gateway.request('POST', '/v1/auth/refresh', { body: { refreshToken } });
      expect({ status: refreshed.status, code: refreshed.body.code }).toEqual({ status: 401, code: 'AUTH.SESSION_REVOKED' });
    }
    const resetAfter = await gateway.request('POST', '/v1/auth/password-reset/confirm', {
      body: { token: tokenFromLink(reset.payload.data.resetLink.url), password: 'a-password-set-after-erasure' },
    });
    expect(resetAfter.body.code).toBe('AUTH.ACTION_TOKEN_INVALID');

    // The row and its id stay; what named the person is gone.
    const erased = await snapshot(person.accountId);
    expect(erased.account).toMatchObject({
      id: person.accountId,
      email: `erased-${person.accountId}@erased.invalid`,
      displayName: '',
      status: 'disabled',
      passwordHash: null,
      emailVerifiedAt: null,
      grants: [],
    });
    expect(erased.sessions).toHaveLength(2);
    expect(erased.sessions.every((s) => s.revokedAt && s.revokedReason === 'account-erased')).toBe(true);
    expect(erased.actionTokens).toEqual([]);
    // The audit log keeps what the account did, not who the person was.
    expect(erased.audit).toEqual(auditedBefore.map((entry) => ({ ...entry, actorEmail: `erased-${person.accountId}@erased.invalid`, clientIp: null })));
    expect(erased.outbox.filter((row) => row.aggregate === person.accountId)).toEqual([]);
    // No event of its own: the applications service told everyone.
    expect(erased.outbox).toHaveLength(outboxBefore - accountRows);
    expect(erased.outbox.some((row) => row.type === 'account.disabled.v1' || row.type === 'account.roles-changed.v1')).toBe(false);
    // Staff still find the account by its id (the audit log names it), as an erased one.
    const shown = await gateway.request('GET', `/v1/accounts/${person.accountId}`, { token: staffToken });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ id: person.accountId, email: `erased-${person.accountId}@erased.invalid`, displayName: '', status: 'disabled', grants: [] });
    // Nobody signs in with the tombstone either.
    const tombstone = await gateway.request('POST', '/v1/auth/login', { body: { email: erased.account!.email, password: person.password } });
    expect(tombstone.body.code).toBe('AUTH.INVALID_CREDENTIALS');

    // The same event again (under a new message id, as after a relay crash): the inbox keeps it out.
    await publish(event, uuidv7());
    await waitFor('the duplicate to be delivered and acknowledged', consumerIdle);
    expect(await snapshot(person.accountId)).toEqual(erased);
    // Another erasure event for the same account (a new event id: the inbox lets it in): nothing changes either.
    const again = erasedEvent(person.accountId);
    await publish(again);
    await waitFor('the second erasure event to be handled', () => processed(again.id));
    expect(await snapshot(person.accountId)).toEqual({ ...erased, inbox: erased.inbox + 1 });

    // The email is free: the person registers again, as a new account.
    const fresh = await registeredApplicant(person.email);
    expect(fresh.accountId).not.toBe(person.accountId);
    expect(fresh.session.caller).toMatchObject({ accountId: fresh.accountId, email: person.email, grants: [{ role: 'applicant', scopeIds: [] }] });
  });

  it('keeps the other grants of an account that is also an admin, reviewer or contact, and only drops the applicant grant', async () => {
    const person = await registeredApplicant();
    const programId = uuidv7();
    const memberProgramId = uuidv7();
    const grants = [
      { role: 'applicant', scopeIds: [] },
      { role: 'partner-contact', scopeIds: ['gn:990000902'] },
      { role: 'program-admin', scopeIds: [memberProgramId] },
      { role: 'reviewer', scopeIds: [programId] },
    ];
    const kept = grants.slice(1);
    const set = await gateway.request('PUT', `/v1/accounts/${person.accountId}/roles`, { token: staffToken, body: { grants } });
    expect(set.status).toBe(200);
    const session = await gateway.login(person.email, person.password);
    const before = await gateway.db.account.findUniqueOrThrow({ where: { id: person.accountId } });

    const event = erasedEvent(person.accountId);
    await publish(event);
    await waitFor('the erasure to be applied', () => processed(event.id));

    // The account, its email, name, password and sessions stay; the applicant grant goes.
    const after = await snapshot(person.accountId);
    expect(after.account).toMatchObject({ email: person.email, displayName: before.displayName, status: 'active', passwordHash: before.passwordHash });
    expect(after.account!.grants.map((g) => ({ role: g.role, scopeId: g.scopeId }))).toEqual(
      kept.map((grant) => ({ role: grant.role, scopeId: grant.scopeIds[0] })),
    );
    expect(after.sessions.some((s) => s.revokedAt)).toBe(false);
    const signedIn = await gateway.login(person.email, person.password);
    expect(signedIn.caller.grants).toEqual(kept);
    const refreshed = await gateway.request('POST', '/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.caller.grants).toEqual(kept);
    // Announced as any change of roles, so the services following accounts know.
    const changed = (await gateway.outboxEvents('account.roles-changed.v1')).filter((e) => e.payload.data.accountId === person.accountId);
    expect(changed.at(-1)!.payload.data.grants).toEqual(kept);
    expect(changed).toHaveLength(2); // staff's change, then the erasure's

    // Again: nothing more (no applicant grant left to drop, no second announcement).
    const settled = await snapshot(person.accountId);
    const again = erasedEvent(person.accountId);
    await publish(again);
    await waitFor('the second erasure event to be handled', () => processed(again.id));
    expect(await snapshot(person.accountId)).toEqual({ ...settled, inbox: settled.inbox + 1 });
  });

  it('ignores an erasure naming no account of the gateway', async () => {
    const before = await gateway.db.account.count();
    const event = erasedEvent(uuidv7());
    await publish(event);
    await waitFor('the erasure to be handled', () => processed(event.id));
    expect(await gateway.db.account.count()).toBe(before);
  });
});

import type { CallerIdentity } from '@scn/contracts';
import type { FastifyRequest } from 'fastify';
import { defineRoute } from '../http/route-declaration';
import { setAuditActor } from './audit-actor';
import { auditEntryFor, roleStrings } from './audit-entry';

const route = defineRoute({
  operationId: 'renameThing',
  method: 'PATCH',
  path: '/v1/things/:thingId',
  summary: 'Renames a thing',
  tag: 'things',
  access: { kind: 'roles', roles: ['network-staff', 'program-admin'] },
});
const admin: CallerIdentity = {
  accountId: '01937a4e-8c2b-7d3e-9f10-aabbccddeeff',
  email: 'admin@example.org',
  grants: [
    { role: 'program-admin', scopeIds: ['p1', 'p2'] },
    { role: 'applicant', scopeIds: [] },
  ],
};

function request(overrides: Partial<FastifyRequest> = {}): FastifyRequest {
  return {
    method: 'PATCH',
    url: '/v1/things/t-42?token=secret',
    params: { thingId: 't-42' },
    id: 'corr-1',
    ip: '203.0.113.9',
    scn: { route, caller: admin },
    ...overrides,
  } as unknown as FastifyRequest;
}

describe(roleStrings.name, () => {
  it('writes one `role:scopeId` per scope id, and bare roles without scope', () => {
    expect(roleStrings(admin)).toEqual(['program-admin:p1', 'program-admin:p2', 'applicant']);
  });
});

describe(auditEntryFor.name, () => {
  const at = new Date('2026-11-30T10:00:00.000Z');

  it('records who did what, where, with which result — and no query string', () => {
    expect(auditEntryFor(request(), 200, at)).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      at,
      actorId: admin.accountId,
      actorEmail: 'admin@example.org',
      actorRoles: ['program-admin:p1', 'program-admin:p2', 'applicant'],
      method: 'PATCH',
      route: '/v1/things/:thingId',
      path: '/v1/things/t-42',
      targetId: 't-42',
      status: 200,
      outcome: 'success',
      correlationId: 'corr-1',
      clientIp: '203.0.113.9',
    });
  });

  it('prefers the target the route interceptor named', () => {
    const entry = auditEntryFor(request({ scn: { route, caller: admin, auditTarget: 'named' } }), 201, at);
    expect(entry?.targetId).toBe('named');
  });

  it('records a request without caller (refused with 401) with a null actor', () => {
    const entry = auditEntryFor(request({ scn: { route }, params: {} }), 401, at);
    expect(entry).toMatchObject({ actorId: null, actorEmail: null, actorRoles: [], targetId: null, outcome: 'denied' });
  });

  it('takes the actor identity code named (sign-in) over the caller', () => {
    const signIn = request({ scn: { route } });
    setAuditActor(signIn, { id: '01937a4e-0000-7000-8000-000000000001', email: 'new@example.org' });
    expect(auditEntryFor(signIn, 200, at)).toMatchObject({
      actorId: '01937a4e-0000-7000-8000-000000000001',
      actorEmail: 'new@example.org',
      actorRoles: [],
    });
  });

  it('drops an actor id that is not a UUID (the column is one) but keeps the email', () => {
    const entry = auditEntryFor(request({ scn: { route, caller: { ...admin, accountId: 'oidc|123' } } }), 200, at);
    expect(entry).toMatchObject({ actorId: null, actorEmail: 'admin@example.org' });
  });

  it('skips reads and requests that reached no declared route', () => {
    expect(auditEntryFor(request({ method: 'GET' }), 200, at)).toBeUndefined();
    expect(auditEntryFor(request({ scn: undefined }), 404, at)).toBeUndefined();
  });
});

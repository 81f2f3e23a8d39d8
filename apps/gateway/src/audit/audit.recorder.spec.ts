import type { CallerIdentity } from '@scn/contracts';
import { waitFor } from '@scn/testing';
import fastify from 'fastify';
import { defineRoute } from '../http/route-declaration';
import type { AuditEntryData } from './audit-entry';
import { AuditRecorder, type AuditSink } from './audit.recorder';

const route = defineRoute({
  operationId: 'createThing',
  method: 'POST',
  path: '/v1/things',
  summary: 'Creates a thing',
  tag: 'things',
  access: { kind: 'roles', roles: ['network-staff'] },
});
const staff: CallerIdentity = { accountId: '01937a4e-8c2b-7d3e-9f10-aabbccddeeff', email: 's@example.org', grants: [] };

function appWith(create: (args: { data: AuditEntryData }) => Promise<unknown>) {
  const app = fastify();
  const recorder = new AuditRecorder({ auditEntry: { create } } as unknown as AuditSink);
  recorder.install(app);
  recorder.install(app); // idempotent: still one entry per request
  app.addHook('preHandler', (request, _reply, done) => {
    request.scn = { route, caller: staff };
    done();
  });
  app.post('/v1/things', () => ({ id: 'thing-1' }));
  return { app, recorder };
}

describe(AuditRecorder.name, () => {
  it('writes one entry per change once the response is sent', async () => {
    const create = jest.fn((_args: { data: AuditEntryData }) => Promise.resolve({}));
    const { app, recorder } = appWith(create);
    const response = await app.inject({ method: 'POST', url: '/v1/things', payload: { secret: 'hunter2' } });
    expect(response.statusCode).toBe(200);
    await waitFor('the audit write', () => create.mock.calls.length > 0);
    await recorder.settled();
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0].data).toMatchObject({ method: 'POST', route: '/v1/things', status: 200, outcome: 'success' });
    expect(JSON.stringify(create.mock.calls[0]?.[0].data)).not.toContain('hunter2');
    await app.close();
  });

  it('never lets a failed write reach the client', async () => {
    const create = jest.fn(() => Promise.reject(new Error('database down')));
    const { app, recorder } = appWith(create);
    const errors = jest.spyOn(recorder['logger'], 'error').mockImplementation(() => undefined);
    const response = await app.inject({ method: 'POST', url: '/v1/things' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id: 'thing-1' });
    await waitFor('the failure to be logged', () => errors.mock.calls.length > 0);
    expect(String(errors.mock.calls[0]?.[0])).toContain('database down');
    await app.close();
  });
});

import { z } from 'zod';
import { DomainError, ValidationError, type ErrorKind } from './domain-error';
import { problemError, toRpcError } from './error-mapping';

describe(toRpcError.name, () => {
  it.each<[ErrorKind, number]>([
    ['invalid', 400],
    ['unauthenticated', 401],
    ['forbidden', 403],
    ['not-found', 404],
    ['conflict', 409],
    ['gone', 410],
    ['too-large', 413],
    ['rate-limited', 429],
    ['unavailable', 503],
  ])('maps a %s domain error to status %i with its code and message', (kind, status) => {
    const error = new DomainError('PARTNERSHIP.SOMETHING', kind, 'Something happened');
    expect(toRpcError(error)).toEqual({
      expected: true,
      body: { code: 'PARTNERSHIP.SOMETHING', status, message: 'Something happened' },
    });
  });

  it('keeps the field details of a validation error', () => {
    const details = [{ field: 'name', rule: 'required', message: 'is required' }];
    expect(toRpcError(new ValidationError(details))).toEqual({
      expected: true,
      body: { code: 'REQUEST.INVALID', status: 400, message: 'The request is not valid', details },
    });
  });

  it('maps a zod error to REQUEST.INVALID with one detail per field', () => {
    const schema = z.object({ name: z.string().min(1, 'must not be empty'), city: z.object({ id: z.uuid() }) });
    const zodError = schema.safeParse({ name: '', city: { id: 'x' } }).error!;

    const { body, expected } = toRpcError(zodError);

    expect(expected).toBe(true);
    expect(body).toMatchObject({ code: 'REQUEST.INVALID', status: 400, message: 'The request is not valid' });
    expect(body.details).toEqual([
      { field: 'name', rule: 'too_small', message: 'must not be empty', params: { origin: 'string', minimum: 1, inclusive: true } },
      { field: 'city.id', rule: 'invalid_format', message: expect.any(String), params: { format: 'uuid' } },
    ]);
  });

  it("names a custom check's rule and keeps the parameters a client words a rule with", () => {
    const schema = z.object({
      limit: z.int().max(100, 'must be at most 100'),
      title: z.string().refine((value) => !value.includes('\u0000'), { message: 'must not contain control characters', params: { rule: 'control_character' } }),
      language: z.enum(['en', 'fr']),
    });
    const zodError = schema.safeParse({ limit: 101, title: 'a\u0000', language: 'xx' }).error!;

    expect(toRpcError(zodError).body.details).toEqual([
      { field: 'limit', rule: 'too_big', message: 'must be at most 100', params: { origin: 'number', maximum: 100, inclusive: true } },
      { field: 'title', rule: 'control_character', message: 'must not contain control characters' },
      { field: 'language', rule: 'invalid_value', message: expect.any(String), params: { values: ['en', 'fr'] } },
    ]);
  });

  it('names the root when the whole request is wrong', () => {
    const zodError = z.object({}).safeParse('not an object').error!;
    expect(toRpcError(zodError).body.details).toEqual([
      expect.objectContaining({ field: '(root)', rule: 'invalid_type' }),
    ]);
  });

  it('turns anything else into an opaque, unexpected 500', () => {
    const leaky = new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
    expect(toRpcError(leaky)).toEqual({
      expected: false,
      body: { code: 'INTERNAL', status: 500, message: 'Internal error' },
    });
    expect(toRpcError('a thrown string')).toEqual(toRpcError(leaky));
  });
});

describe('a lost database connection', () => {
  const unavailable = { expected: false, body: { code: 'RPC.SERVICE_UNAVAILABLE', status: 503, message: 'The service could not reach its database: retry shortly' } };
  it.each<[string, unknown]>([
    ['a connection the server ended (node-postgres)', new Error('Connection terminated unexpectedly')],
    ['a client used after its connection broke', new Error('Client has encountered a connection error and is not queryable')],
    ['the server shutting the session (SQLSTATE 57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['a connection exception class (SQLSTATE 08006)', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['Prisma: no transaction in time (P2028)', Object.assign(new Error('Transaction API error'), { code: 'P2028' })],
    [
      "Prisma wrapping the driver's error",
      Object.assign(new Error('Invalid invocation'), { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } } }),
    ],
    ['a cause further down', new Error('commit failed', { cause: new Error('Connection terminated') })],
  ])('%s is a 503 to retry, logged', (_case, error) => {
    expect(toRpcError(error)).toEqual(unavailable);
  });

  it('leaves other database errors to the opaque 500 (a constraint broken is a bug, not an outage)', () => {
    const constraint = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
    expect(toRpcError(constraint).body.status).toBe(500);
  });
});

describe(problemError.name, () => {
  it('raises a declared problem with the kind of its status and its description', () => {
    const error = problemError({ code: 'THING.LOCKED', status: 429, description: 'Locked for a while.' });
    expect(error).toMatchObject({ code: 'THING.LOCKED', kind: 'rate-limited', message: 'Locked for a while.' });
    expect(toRpcError(error).body.status).toBe(429);
  });

  it('keeps a given message and the field details', () => {
    const details = [{ field: 'revision', rule: 'current', message: 'is 3' }];
    expect(problemError({ code: 'X.STALE', status: 409, description: 'd' }, 'Stale', details)).toMatchObject({ kind: 'conflict', message: 'Stale', details });
  });

  it('refuses a status no error kind answers with', () => {
    expect(() => problemError({ code: 'X.ODD', status: 418, description: 'd' })).toThrow(/418/);
  });
});

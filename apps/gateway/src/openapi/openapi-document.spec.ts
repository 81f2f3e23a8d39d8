import SwaggerParser from '@apidevtools/swagger-parser';
import { toProblem, type ProblemDetails } from '@scn/platform';
import type { OpenAPI } from 'openapi-types';
import { z } from 'zod';
import type { oas31 } from 'zod-openapi';
import { defineRoute, type RouteDeclaration } from '../http/route-declaration';
import { COMMON_PROBLEMS } from './common-problems';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi-document';
import { problemSchema } from './problem.schema';

const memberSchema = z.object({ id: z.uuid(), name: z.string(), role: z.enum(['member', 'chair']) });

const routes: RouteDeclaration[] = [
  defineRoute({
    operationId: 'getStatus',
    method: 'GET',
    path: '/v1/status',
    summary: 'Public status of the network',
    tag: 'status',
    access: { kind: 'public' },
    response: z.object({ open: z.boolean() }),
  }),
  defineRoute({
    operationId: 'getMe',
    method: 'GET',
    path: '/v1/me',
    summary: 'The signed-in account',
    tag: 'identity',
    access: { kind: 'authenticated' },
    response: z.object({ id: z.uuid(), email: z.email() }),
  }),
  defineRoute({
    operationId: 'updateMember',
    method: 'PATCH',
    path: '/v1/programs/:programId/members/:memberId',
    summary: 'Change a member of a program',
    tag: 'programs',
    access: { kind: 'roles', roles: ['network-staff', 'program-admin'] },
    params: z.object({ programId: z.uuid(), memberId: z.uuid() }),
    query: z.object({ notify: z.enum(['yes', 'no']).optional() }),
    body: z.object({ role: z.enum(['member', 'chair']) }),
    response: memberSchema,
    errors: [
      { code: 'MEMBER.NOT_FOUND', status: 404, description: 'No such member.' },
      { code: 'MEMBER.LAST_CHAIR', status: 409, description: 'A program keeps at least one chair.' },
      COMMON_PROBLEMS.serviceUnavailable,
      COMMON_PROBLEMS.timeout,
    ],
  }),
  defineRoute({
    operationId: 'removeMember',
    method: 'DELETE',
    path: '/v1/programs/:programId/members/:memberId',
    summary: 'Remove a member from a program',
    tag: 'programs',
    access: { kind: 'roles', roles: ['network-staff'] },
    params: z.object({ programId: z.uuid(), memberId: z.uuid() }),
    // Declared again on purpose: the common 404 must still be listed once.
    errors: [{ code: 'RESOURCE.NOT_FOUND', status: 404, description: 'No such resource.' }],
  }),
  defineRoute({
    operationId: 'addMember',
    method: 'POST',
    path: '/v1/programs/:programId/members',
    summary: 'Add a member to a program',
    tag: 'programs',
    access: { kind: 'roles', roles: ['program-admin'] },
    params: z.object({ programId: z.uuid() }),
    body: z.object({ name: z.string().min(1), role: z.enum(['member', 'chair']) }),
    response: memberSchema,
    status: 201,
  }),
];

/** swagger-parser dereferences the document it is given in place: it gets a copy. */
const validate = (document: object) => SwaggerParser.validate(structuredClone(document) as OpenAPI.Document);

const operation = (document: OpenApiDocument, method: 'get' | 'post' | 'patch' | 'delete', path: string) => {
  const found = document.paths?.[path]?.[method];
  if (!found) throw new Error(`no ${method} ${path} in the document`);
  return found;
};

const response = (op: oas31.OperationObject, status: number) => op.responses?.[String(status)] as oas31.ResponseObject;

describe('buildOpenApiDocument', () => {
  const document = buildOpenApiDocument(routes, { version: '1.2.3' });
  const member = '/v1/programs/{programId}/members/{memberId}';

  it('is an OpenAPI 3.1 document that swagger-parser accepts', async () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toMatchObject({ title: 'Sister-city network API', version: '1.2.3' });
    await expect(validate(document)).resolves.toBeDefined();
  });

  it('is rejected by swagger-parser once broken, so the check above can fail', async () => {
    const broken = structuredClone(document);
    delete (response(operation(broken, 'get', '/v1/status'), 200) as Partial<oas31.ResponseObject>).description;
    await expect(validate(broken)).rejects.toThrow(/description/);
  });

  it('has one path per route path, in OpenAPI form, with each method', () => {
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(
      ['/v1/me', '/v1/programs/{programId}/members', member, '/v1/status'].sort(),
    );
    expect(Object.keys(document.paths?.[member] ?? {}).sort()).toEqual(['delete', 'patch']);
    expect(operation(document, 'patch', member)).toMatchObject({
      operationId: 'updateMember',
      summary: 'Change a member of a program',
      tags: ['programs'],
    });
    expect(document.tags).toEqual([{ name: 'identity' }, { name: 'programs' }, { name: 'status' }]);
  });

  it('takes path and query parameters from the params and query schemas', () => {
    const parameters = operation(document, 'patch', member).parameters as oas31.ParameterObject[];
    expect(parameters.map(({ in: where, name, required }) => ({ in: where, name, required: required ?? false }))).toEqual([
      { in: 'path', name: 'programId', required: true },
      { in: 'path', name: 'memberId', required: true },
      { in: 'query', name: 'notify', required: false },
    ]);
    expect(parameters[2]?.schema).toEqual({ type: 'string', enum: ['yes', 'no'] });
    expect(operation(document, 'get', '/v1/status').parameters).toBeUndefined();
  });

  it('takes a required JSON request body from the body schema', () => {
    const body = operation(document, 'post', '/v1/programs/{programId}/members').requestBody as oas31.RequestBodyObject;
    expect(body.required).toBe(true);
    expect(body.content['application/json']?.schema).toMatchObject({
      type: 'object',
      properties: { name: { type: 'string', minLength: 1 }, role: { enum: ['member', 'chair'] } },
      required: ['name', 'role'],
    });
    expect(operation(document, 'delete', member).requestBody).toBeUndefined();
  });

  it('answers with the declared success status, with the response schema or without content for 204', () => {
    const created = response(operation(document, 'post', '/v1/programs/{programId}/members'), 201);
    expect(created.description).toBe('Created');
    expect(created.content?.['application/json']?.schema).toMatchObject({ type: 'object', required: ['id', 'name', 'role'] });
    const deleted = operation(document, 'delete', member);
    expect(response(deleted, 204)).toEqual({ description: 'No Content' });
    expect(deleted.responses?.['200']).toBeUndefined();
    expect(response(operation(document, 'get', '/v1/me'), 200).content?.['application/json']).toBeDefined();
  });

  it('requires the bearer token except on public routes', () => {
    expect(document.components?.securitySchemes?.['bearerAuth']).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(operation(document, 'get', '/v1/status').security).toEqual([]);
    expect(operation(document, 'get', '/v1/me').security).toEqual([{ bearerAuth: [] }]);
    expect(operation(document, 'patch', member).security).toEqual([{ bearerAuth: [] }]);
  });

  it('names the roles allowed, as x-roles and in the description', () => {
    expect(operation(document, 'get', '/v1/status')).toMatchObject({ 'x-roles': ['public'], description: expect.stringMatching(/^Roles: public/) });
    expect(operation(document, 'get', '/v1/me')).toMatchObject({ 'x-roles': ['authenticated'], description: expect.stringMatching(/^Roles: .*authenticated/) });
    const patch = operation(document, 'patch', member);
    expect(patch['x-roles']).toEqual(['network-staff', 'program-admin']);
    expect(patch.description).toContain('Roles: network-staff, program-admin.');
    expect(patch.description).toContain('scope');
    expect(operation(document, 'delete', member).description).toBe('Roles: network-staff.');
  });

  describe('problem responses', () => {
    const codes = (op: oas31.OperationObject) =>
      Object.fromEntries(
        Object.entries(op.responses ?? {})
          .filter(([status]) => Number(status) >= 400)
          .map(([status, answer]) => [status, (answer as oas31.ResponseObject)['x-problem-codes'] as string[]]),
      );

    it('lists only the rate limit and internal errors for a public route without input', () => {
      expect(codes(operation(document, 'get', '/v1/status'))).toEqual({ 429: ['RATE_LIMITED'], 500: ['INTERNAL'] });
    });

    it('adds the authentication problems for a signed-in route, but no 403 or 404', () => {
      expect(codes(operation(document, 'get', '/v1/me'))).toEqual({
        401: ['AUTH.UNAUTHENTICATED', 'AUTH.TOKEN_EXPIRED'],
        429: ['RATE_LIMITED'],
        500: ['INTERNAL'],
      });
    });

    it('adds validation and 403 for a role route, grouped by status with its own errors (404 is the service’s own)', () => {
      expect(codes(operation(document, 'patch', member))).toEqual({
        400: ['REQUEST.INVALID'],
        401: ['AUTH.UNAUTHENTICATED', 'AUTH.TOKEN_EXPIRED'],
        403: ['AUTH.FORBIDDEN'],
        404: ['MEMBER.NOT_FOUND'],
        409: ['MEMBER.LAST_CHAIR'],
        429: ['RATE_LIMITED'],
        500: ['INTERNAL'],
        503: ['RPC.SERVICE_UNAVAILABLE'],
        504: ['RPC.TIMEOUT'],
      });
      expect(codes(operation(document, 'delete', member))['404']).toEqual(['RESOURCE.NOT_FOUND']); // declared by the route itself
    });

    it('describes every code of a status and refers to the shared Problem schema', () => {
      const notFound = response(operation(document, 'patch', member), 404);
      expect(notFound.description).toContain('`MEMBER.NOT_FOUND`: No such member.');
      expect(notFound.content).toEqual({ 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } });
      expect(response(operation(document, 'get', '/v1/status'), 429).description).toContain('`RATE_LIMITED`');
    });

    it('has a Problem component with the fields of a problem document', () => {
      expect(document.components?.schemas?.['Problem']).toMatchObject({
        type: 'object',
        required: ['type', 'title', 'status', 'detail', 'code', 'correlationId'],
        properties: { errors: { type: 'array', items: { $ref: '#/components/schemas/FieldViolation' } } },
      });
    });
  });

  it('refuses a route whose path parameters differ from its params schema', () => {
    const wrong = defineRoute({
      operationId: 'getProgram',
      method: 'GET',
      path: '/v1/programs/:programId',
      summary: 'A program',
      tag: 'programs',
      access: { kind: 'public' },
      params: z.object({ id: z.uuid() }),
    });
    expect(() => buildOpenApiDocument([wrong], { version: '1' })).toThrow(/getProgram.*\[programId\].*\[id\]/);
  });
});

describe('problemSchema', () => {
  it('describes exactly the problem documents the gateway sends', () => {
    const problem: ProblemDetails = toProblem(
      { code: 'REQUEST.INVALID', status: 400, message: 'Invalid request', details: [{ field: 'body.name', rule: 'too_small', message: 'required' }] },
      'corr-1',
      '/v1/programs',
    );
    // Both ways assignable: the schema and ProblemDetails cannot drift apart unnoticed (tsc checks this file).
    const parsed: ProblemDetails = problemSchema.parse(problem);
    const asSchema: z.infer<typeof problemSchema> = problem;
    expect(parsed).toEqual(asSchema);
  });
});

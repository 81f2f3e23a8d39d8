import SwaggerParser from '@apidevtools/swagger-parser';
import { ROLES, ROLE_SCOPE_KINDS, type Role } from '@scn/contracts';
import { randomUUID } from 'node:crypto';
import { RouteCatalogue } from '../src/http/route-catalogue';
import type { RouteDeclaration } from '../src/http/route-declaration';
import { registeredRoutes } from '../src/http/registered-routes';
import { EXPECTED_ACCESS } from './access';
import { GatewayUnderTest } from './gateway-harness';

// Who may call each route: the table lives in ./access (one file per area). Every route
// the gateway serves must have its row there: adding a route without deciding who may call
// it fails this test.

/** A concrete URL for a route: each path parameter gets a made-up id. */
const concretePath = (route: RouteDeclaration) => route.path.replace(/:(\w+)/g, () => randomUUID());

const grantOf = (role: Role) => ({
  role,
  scopeIds: ROLE_SCOPE_KINDS[role] === null || ROLE_SCOPE_KINDS[role] === 'self' ? [] : [randomUUID()],
});

describe('every route × every role', () => {
  let gateway: GatewayUnderTest;
  let routes: readonly RouteDeclaration[];
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    // The services behind the gateway answer too: an allowed role must never meet a 5xx.
    gateway = await GatewayUnderTest.start({ withPartnerships: true, withExchanges: true, withApplications: true, withNotifications: true });
    routes = gateway.get(RouteCatalogue).all();
    for (const role of ROLES) tokens.set(role, await gateway.tokenFor([grantOf(role)]));
  });
  afterAll(() => gateway.stop());

  it('has a row for every declared route, and a declaration for every /v1 route served', () => {
    expect(routes.map((route) => route.operationId).sort()).toEqual(Object.keys(EXPECTED_ACCESS).sort());
    const served = registeredRoutes(gateway.service.app.getHttpAdapter().getInstance())
      .filter((route) => route.url.startsWith('/v1'))
      .map((route) => `${route.method} ${route.url}`)
      .sort();
    expect(served).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('declares the access the table expects', () => {
    for (const route of routes) {
      const expected = EXPECTED_ACCESS[route.operationId];
      const declared = route.access.kind === 'roles' ? [...route.access.roles].sort() : route.access.kind;
      expect({ route: route.operationId, access: declared }).toEqual({
        route: route.operationId,
        access: Array.isArray(expected) ? [...expected].sort() : expected,
      });
    }
  });

  it('answers 401 without a token on every non-public route', async () => {
    for (const route of routes.filter((r) => EXPECTED_ACCESS[r.operationId] !== 'public')) {
      const response = await gateway.request(route.method, concretePath(route), { body: route.body ? {} : undefined });
      expect({ route: route.operationId, status: response.status, code: response.body?.code }).toEqual({
        route: route.operationId,
        status: 401,
        code: 'AUTH.UNAUTHENTICATED',
      });
    }
  });

  it.each(ROLES)('lets %s through exactly the routes its row allows', async (role) => {
    for (const route of routes) {
      const expected = EXPECTED_ACCESS[route.operationId]!;
      const allowed = expected === 'public' || expected === 'authenticated' || expected.includes(role);
      const response = await gateway.request(route.method, concretePath(route), {
        token: tokens.get(role),
        body: route.body ? {} : undefined,
        stream: route.responseContentType === 'text/event-stream',
      });
      const outcome = { route: route.operationId, role, status: response.status };
      if (allowed) {
        // Past authorization: the answer is about the input or the resource, never 401/403,
        // never 5xx. Compared as a whole, so that a failure names the route and the problem.
        const passed = outcome.status !== 401 && outcome.status !== 403 && outcome.status < 500;
        expect({ ...outcome, code: passed ? undefined : response.body?.code, passed }).toEqual({ ...outcome, code: undefined, passed: true });
      } else {
        expect({ ...outcome, code: response.body?.code }).toEqual({ ...outcome, status: 403, code: 'AUTH.FORBIDDEN' });
      }
    }
  });

  it('publishes an OpenAPI 3.1 document that validates and lists every route with the roles allowed', async () => {
    const response = await gateway.request('GET', '/docs/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body;
    expect(document.openapi).toMatch(/^3\.1\./);
    await SwaggerParser.validate(structuredClone(document));
    const documented = Object.entries(document.paths as Record<string, Record<string, { operationId: string; 'x-roles': string[] }>>).flatMap(
      ([path, operations]) => Object.entries(operations).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(documented.map((entry) => entry.operation.operationId).sort()).toEqual(Object.keys(EXPECTED_ACCESS).sort());
    for (const { operation } of documented) {
      const expected = EXPECTED_ACCESS[operation.operationId]!;
      expect({ id: operation.operationId, roles: [...operation['x-roles']].sort() }).toEqual({
        id: operation.operationId,
        roles: Array.isArray(expected) ? [...expected].sort() : [expected],
      });
    }
    const page = await gateway.request('GET', '/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
  });
});

import { z } from 'zod';
import { defineRoute } from './route-declaration';

// The forwarding of a route is checked by the compiler (npm test type-checks this file):
// a route whose input is not a request its operation takes does not compile.

const partnershipParams = z.object({ partnershipId: z.uuid() }).strict();

describe(defineRoute.name, () => {
  it('accepts a route whose path, query and body make the request its operation takes', () => {
    const sut = defineRoute({
      operationId: 'suspendForTest',
      method: 'POST',
      path: '/v1/partnerships/:partnershipId/suspension',
      summary: 's',
      tag: 't',
      access: { kind: 'roles', roles: ['network-staff'] },
      params: partnershipParams,
      body: z.object({ reason: z.string() }).strict(),
      forward: { service: 'partnerships', operation: 'partnerships.suspend' },
    });
    expect(sut.forward.operation).toBe('partnerships.suspend');
  });

  it('refuses, at compile time, a route that leaves out what the operation requires', () => {
    const sut = defineRoute({
      operationId: 'suspendWithoutReason',
      method: 'POST',
      path: '/v1/partnerships/:partnershipId/suspension',
      summary: 's',
      tag: 't',
      access: { kind: 'roles', roles: ['network-staff'] },
      params: partnershipParams,
      // @ts-expect-error: partnerships.suspend needs a reason, which this route never receives
      forward: { service: 'partnerships', operation: 'partnerships.suspend' },
    });
    expect(sut.operationId).toBe('suspendWithoutReason');
  });

  it('lets a route build the request itself when it is not the merged input', () => {
    const sut = defineRoute({
      operationId: 'suspendWithFixedReason',
      method: 'POST',
      path: '/v1/partnerships/:partnershipId/suspension',
      summary: 's',
      tag: 't',
      access: { kind: 'roles', roles: ['network-staff'] },
      params: partnershipParams,
      forward: {
        service: 'partnerships',
        operation: 'partnerships.suspend',
        request: (input) => ({ ...(input.params as unknown as { partnershipId: string }), reason: 'fixed' }),
      },
    });
    expect(sut.forward.request).toEqual(expect.any(Function));
  });
});

import { Controller, Inject, type Type } from '@nestjs/common';
import type { CallerIdentity, RpcOperationName, RpcRequest } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from './endpoint.decorator';
import type { RouteDeclaration, RouteForward, RouteInput } from './route-declaration';
import { Caller, Input } from './route-params.decorator';

type ForwardedRoute = RouteDeclaration & { forward: RouteForward };

/**
 * The one controller behind every route that only forwards to a service: for each
 * declared route with `forward`, a method mapped by `@Endpoint` (so the guard, the
 * interceptor, the audit log and the OpenAPI document treat it like any other) that calls
 * the operation as the caller. `name` names the class in Nest's logs and the route catalogue.
 */
export function forwardingController(name: string, routes: Record<string, RouteDeclaration>): Type {
  class ForwardingController {
    constructor(readonly rpc: RpcClient) {}
  }
  Object.defineProperty(ForwardingController, 'name', { value: name });
  Inject(RpcClient)(ForwardingController, undefined, 0);
  for (const route of Object.values(routes)) {
    if (!route.forward) continue;
    const forwarded = route as ForwardedRoute;
    const method = function (this: ForwardingController, input: RouteInput, caller: CallerIdentity | undefined) {
      return this.rpc.call(forwarded.forward.service, forwarded.forward.operation, requestOf(forwarded, input, caller), {
        caller,
        timeoutMs: forwarded.forward.timeoutMs,
      });
    };
    Object.defineProperty(ForwardingController.prototype, route.operationId, { value: method, writable: true, configurable: true });
    const descriptor = Object.getOwnPropertyDescriptor(ForwardingController.prototype, route.operationId)!;
    Input()(ForwardingController.prototype, route.operationId, 0);
    Caller()(ForwardingController.prototype, route.operationId, 1);
    Endpoint(route)(ForwardingController.prototype, route.operationId, descriptor);
  }
  Controller()(ForwardingController);
  return ForwardingController;
}

function requestOf(route: ForwardedRoute, input: RouteInput, caller: CallerIdentity | undefined): RpcRequest<RpcOperationName> {
  if (route.forward.request) return route.forward.request(input, caller);
  // Path parameters last: the resource the URL names wins over anything a body says.
  return { ...(input.query as object), ...(input.body as object | undefined), ...(input.params as object) } as RpcRequest<RpcOperationName>;
}

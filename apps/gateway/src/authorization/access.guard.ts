import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { holdsRole } from '@scn/contracts';
import type { FastifyRequest } from 'fastify';
import { ROUTE_DECLARATION } from '../http/endpoint.decorator';
import '../http/request-state';
import type { RouteDeclaration } from '../http/route-declaration';
import { ACCESS_TOKEN_VERIFIER, type AccessTokenVerifier } from './access-token-verifier';
import { forbidden, unauthenticated } from './authorization.errors';

/**
 * The one place callers are authenticated and their roles checked, before any input is
 * read. Every route must carry a declaration: a handler without one is refused, so no
 * route can slip past authorization. Scope (which program, city or account the caller
 * may act on) is decided by the service that owns the resource, from the caller it is
 * handed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACCESS_TOKEN_VERIFIER) private readonly tokens: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const route = this.reflector.get<RouteDeclaration | undefined>(ROUTE_DECLARATION, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!route) return isOperationalRoute(request);
    request.scn = { ...request.scn, route };
    const token = bearerToken(request);
    if (route.access.kind === 'public') {
      if (token) request.scn.caller = await this.tokens.verify(token).catch(() => undefined);
      return true;
    }
    if (!token) throw unauthenticated();
    const caller = await this.tokens.verify(token);
    request.scn.caller = caller;
    if (route.access.kind === 'roles' && !holdsRole(caller, route.access.roles)) throw forbidden();
    return true;
  }
}

/** Probes and the API reference live outside `/v1` and need no declaration. */
function isOperationalRoute(request: FastifyRequest): boolean {
  const path = request.routeOptions.url ?? request.url;
  if (path.startsWith('/v1')) throw new Error(`Route ${request.method} ${path} has no route declaration`);
  return true;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <access token>"');
  return match[1];
}

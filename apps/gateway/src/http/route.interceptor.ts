import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DomainError } from '@scn/platform';
import { validateInput } from './input-validation';
import './request-state';
import type { RouteDeclaration, RouteInput } from './route-declaration';

/**
 * Runs after the access guard, around every declared route: validates the input and
 * shapes the response by its schema so nothing undeclared ever leaves the gateway.
 */
@Injectable()
export class RouteInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const route = request.scn?.route;
    if (!route) return next.handle();
    return from(this.run(request, route, next));
  }

  private async run(request: FastifyRequest, route: RouteDeclaration, next: CallHandler): Promise<unknown> {
    const state = (request.scn ??= {});
    refuseUndeclaredMediaType(route, request);
    const input = validateInput(route, { params: request.params, query: request.query, body: request.body });
    state.input = input;
    const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
    state.auditTarget = auditTarget(route, input, result);
    if (route.status === 204 || (route.method === 'DELETE' && route.status === undefined)) return undefined;
    return route.response ? route.response.parse(result) : result;
  }
}

/**
 * A body of bytes (a file) is taken only by a route that declares its media type: the
 * parsers for files are registered for the whole server, so an image sent to the imports
 * route, or a file to a JSON route, is refused here as 415, not read.
 */
function refuseUndeclaredMediaType(route: RouteDeclaration, request: FastifyRequest): void {
  if (!Buffer.isBuffer(request.body)) return;
  const declared: readonly string[] = route.bodyContentType === undefined ? [] : [route.bodyContentType].flat();
  const sent = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (declared.includes(sent)) return;
  throw new DomainError('REQUEST.UNSUPPORTED_MEDIA_TYPE', 'unsupported-media-type', `This route does not take ${sent || 'a body of that type'}`, [
    { field: 'body', rule: 'media_type', message: declared.length ? `must be one of ${declared.join(', ')}` : 'must be JSON', params: { values: declared.length ? [...declared] : ['application/json'] } },
  ]);
}

function auditTarget(route: RouteDeclaration, input: RouteInput, result: unknown): string | undefined {
  if (route.auditTarget) return route.auditTarget(input, result);
  const firstParam = Object.values((input.params ?? {}) as Record<string, unknown>)[0];
  if (typeof firstParam === 'string') return firstParam;
  const id = (result as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

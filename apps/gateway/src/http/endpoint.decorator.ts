import { applyDecorators, Header, HttpCode, RequestMapping, RequestMethod, SetMetadata } from '@nestjs/common';
import type { RouteDeclaration } from './route-declaration';

/** Metadata key under which a handler's route declaration is kept. */
export const ROUTE_DECLARATION = Symbol('scn:route-declaration');

const DEFAULT_STATUS: Record<RouteDeclaration['method'], number> = { GET: 200, POST: 200, PUT: 200, PATCH: 200, DELETE: 204 };

/** Maps a controller method to its declared route (the only way gateway routes are made). */
export function Endpoint(route: RouteDeclaration): MethodDecorator {
  return applyDecorators(
    RequestMapping({ path: route.path, method: RequestMethod[route.method] }),
    HttpCode(route.status ?? DEFAULT_STATUS[route.method]),
    SetMetadata(ROUTE_DECLARATION, route),
    ...Object.entries(route.responseHeaders ?? {}).map(([name, value]) => Header(name, value)),
  );
}

import type { RouteDeclaration } from '../http/route-declaration';

const FASTIFY_PARAMETER = /:([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * The route's path in OpenAPI form (`/v1/accounts/:accountId` → `/v1/accounts/{accountId}`).
 * Throws when the path's parameters differ from those of its params schema: swagger-parser
 * does not check this for OpenAPI 3, and the document would silently lie.
 */
export function toOpenApiPath(route: RouteDeclaration): string {
  const inPath = [...route.path.matchAll(FASTIFY_PARAMETER)].map(([, name]) => name ?? '').sort();
  const inSchema = Object.keys(route.params?.shape ?? {}).sort();
  if (inPath.join() !== inSchema.join()) {
    throw new Error(
      `Route ${route.operationId} (${route.method} ${route.path}) has path parameters [${inPath.join(', ')}] ` +
        `but its params schema declares [${inSchema.join(', ')}]`,
    );
  }
  return route.path.replace(FASTIFY_PARAMETER, '{$1}');
}

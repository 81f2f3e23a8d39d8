import type { FastifyInstance } from 'fastify';

export interface RegisteredRoute {
  method: string;
  url: string;
}

const REGISTRY = Symbol('scn:registered-routes');
type WithRegistry = FastifyInstance & { [REGISTRY]?: RegisteredRoute[] };

/** Starts recording every route Fastify registers (call before the routes are added). */
export function recordRoutes(fastify: FastifyInstance): void {
  const registry: RegisteredRoute[] = [];
  (fastify as WithRegistry)[REGISTRY] = registry;
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') registry.push({ method, url: route.url });
  });
}

/** Every route served (for the check that each one is declared). */
export function registeredRoutes(fastify: FastifyInstance): readonly RegisteredRoute[] {
  return (fastify as WithRegistry)[REGISTRY] ?? [];
}

import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ROUTE_DECLARATION } from './endpoint.decorator';
import type { RouteDeclaration } from './route-declaration';

/** Every route the gateway serves, found on its controllers (the OpenAPI document and the tests read it). */
@Injectable()
export class RouteCatalogue implements OnApplicationBootstrap {
  private routes: RouteDeclaration[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const found: RouteDeclaration[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function') continue;
        const route = this.reflector.get<RouteDeclaration | undefined>(ROUTE_DECLARATION, handler);
        if (route) found.push(route);
      }
    }
    assertUnique(found);
    this.routes = found.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  }

  all(): readonly RouteDeclaration[] {
    return this.routes;
  }
}

function assertUnique(routes: RouteDeclaration[]): void {
  const seen = new Set<string>();
  for (const route of routes) {
    for (const key of [route.operationId, `${route.method} ${route.path}`]) {
      if (seen.has(key)) throw new Error(`Two gateway routes declare ${key}`);
      seen.add(key);
    }
  }
}

import type { CallerIdentity } from '@scn/contracts';
import type { RouteDeclaration, RouteInput } from './route-declaration';

/** What the gateway learns about a request as it passes the guard and the interceptor. */
export interface GatewayRequestState {
  route?: RouteDeclaration;
  caller?: CallerIdentity;
  input?: RouteInput;
  auditTarget?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    scn?: GatewayRequestState;
  }
}

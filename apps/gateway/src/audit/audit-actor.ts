import type { FastifyRequest } from 'fastify';
import '../http/request-state';

/** Who made a request when no access token says so (e.g. the account signing in). */
export interface AuditActor {
  id: string;
  email: string;
}

// Kept beside the gateway's request state rather than in it: only the audit log reads it.
type StateWithActor = { auditActor?: AuditActor } | undefined;

/**
 * Names the actor of a request the access token cannot name: identity code calls it on
 * `POST /v1/auth/login` once the credentials are checked, so the audit entry of the login
 * (and of a failed attempt on a known account) carries the account. It takes precedence
 * over the authenticated caller.
 */
export function setAuditActor(request: FastifyRequest, actor: AuditActor): void {
  // Mutated in place: the route interceptor holds this object and still writes to it.
  request.scn ??= {};
  (request.scn as { auditActor?: AuditActor }).auditActor = { id: actor.id, email: actor.email };
}

/** The actor identity code set on the request, if any. */
export function auditActorOf(request: FastifyRequest): AuditActor | undefined {
  return (request.scn as StateWithActor)?.auditActor;
}

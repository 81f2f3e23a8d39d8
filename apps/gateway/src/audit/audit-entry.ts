import type { CallerIdentity } from '@scn/contracts';
import type { FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import '../http/request-state';
import { auditActorOf } from './audit-actor';
import { auditOutcome, type AuditOutcome } from './audit-outcome';

/** Only changes are audited: reads would drown them and say little about who did what. */
const AUDITED_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Paths and ids come from the client: capped so a hostile URL cannot bloat the log.
const MAX_PATH_LENGTH = 2_000;
const MAX_TARGET_LENGTH = 200;

/** One row of the audit log, as written (no body, token or header is ever part of it). */
export interface AuditEntryData {
  id: string;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  actorRoles: string[];
  method: string;
  route: string;
  path: string;
  targetId: string | null;
  status: number;
  outcome: AuditOutcome;
  correlationId: string;
  clientIp: string | null;
}

/** The caller's grants as `role` or `role:scopeId` strings (one per scope id). */
export function roleStrings(caller: CallerIdentity): string[] {
  return caller.grants.flatMap((grant) =>
    grant.scopeIds.length ? grant.scopeIds.map((scopeId) => `${grant.role}:${scopeId}`) : [grant.role],
  );
}

/** Whether a finished request goes into the audit log: a change that reached a declared route. */
export function isAudited(request: FastifyRequest): boolean {
  return AUDITED_METHODS.has(request.method.toUpperCase()) && request.scn?.route !== undefined;
}

/** The audit entry of a finished request, or undefined when it is not audited. */
export function auditEntryFor(request: FastifyRequest, status: number, at = new Date()): AuditEntryData | undefined {
  const route = request.scn?.route;
  if (!route || !isAudited(request)) return undefined;
  const caller = request.scn?.caller;
  const named = auditActorOf(request);
  const actor = named
    ? { id: named.id, email: named.email, roles: [] as string[] }
    : caller && { id: caller.accountId, email: caller.email, roles: roleStrings(caller) };
  return {
    id: uuidv7(),
    at,
    // The column is a uuid (account ids are): an id from elsewhere is dropped, its email kept.
    actorId: actor && UUID.test(actor.id) ? actor.id : null,
    actorEmail: actor?.email ?? null,
    actorRoles: actor?.roles ?? [],
    method: request.method.toUpperCase(),
    route: route.path,
    // A path carrying an emailed link's token is kept as its pattern: the token is never stored.
    path: route.secretPath ? route.path : withoutQuery(request.url).slice(0, MAX_PATH_LENGTH),
    targetId: route.secretPath ? null : ((request.scn?.auditTarget ?? firstPathParam(request))?.slice(0, MAX_TARGET_LENGTH) ?? null),
    status,
    outcome: auditOutcome(status),
    correlationId: String(request.id),
    clientIp: request.ip || null,
  };
}

// Query strings may carry anything (even tokens, in careless clients): never stored.
function withoutQuery(url: string): string {
  const end = url.indexOf('?');
  return end === -1 ? url : url.slice(0, end);
}

// Refused and failed requests never reach the interceptor that names the target: the
// raw path parameter still says what they were about.
function firstPathParam(request: FastifyRequest): string | undefined {
  const params = request.params;
  if (!params || typeof params !== 'object') return undefined;
  const first = Object.values(params as Record<string, unknown>)[0];
  return typeof first === 'string' && first.length ? first : undefined;
}

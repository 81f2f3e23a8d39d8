import type { CallerIdentity, ProblemCode, Role, RpcOperationName, RpcRequest, ServiceName } from '@scn/contracts';
import type { z } from 'zod';

export type { ProblemCode } from '@scn/contracts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Media types of bodies the gateway takes as bytes (a Buffer): import files, CSV and .xlsx. */
export const BINARY_BODY_MEDIA_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] as const;
/**
 * Media types of uploaded documents (applicants' documents, referees' letters), also bytes,
 * at most 10 MiB: the declared type is only compared with the content, which decides.
 */
export const DOCUMENT_BODY_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'application/octet-stream'] as const;
/**
 * An HTML form's body: only RFC 8058's one-click unsubscribe POST (`List-Unsubscribe=One-Click`),
 * which mail clients send this way. Kept as bytes, so every route that does not declare it
 * refuses it (415): a form can be posted from any site without a CORS preflight.
 */
export const FORM_BODY_MEDIA_TYPES = ['application/x-www-form-urlencoded'] as const;
export type BodyMediaType = (typeof BINARY_BODY_MEDIA_TYPES)[number] | (typeof DOCUMENT_BODY_MEDIA_TYPES)[number] | (typeof FORM_BODY_MEDIA_TYPES)[number];
/** Media types of success bodies that are not JSON (the handler answers them itself). */
export type ResponseMediaType = 'text/csv' | 'text/event-stream' | 'application/pdf' | 'image/jpeg' | 'image/png';

/** The validated input of a request, in the shapes its route declares. */
export interface RouteInput<R extends RouteDeclaration = RouteDeclaration> {
  params: R['params'] extends z.ZodType ? z.infer<R['params']> : Record<string, never>;
  query: R['query'] extends z.ZodType ? z.infer<R['query']> : Record<string, never>;
  body: R['body'] extends z.ZodType ? z.infer<R['body']> : undefined;
}

/**
 * Who may call a route: the gateway checks the role; the service that owns the resource
 * decides scope (which program, city or account) from the caller it is handed.
 */
export type RouteAccess =
  | { kind: 'public' }
  /** Any signed-in account (routes about the caller themself, e.g. `GET /v1/me`). */
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[] };

/**
 * The service operation a route hands its request to (request/reply, as the caller). By
 * default the request is the route's path parameters, query and body merged into one
 * object; `request` builds it otherwise.
 */
export interface RouteForward<O extends RpcOperationName = RpcOperationName> {
  service: ServiceName;
  operation: O;
  request?: (input: RouteInput, caller: CallerIdentity | undefined) => RpcRequest<O>;
  /** When the operation takes longer than an ordinary request (a network-wide fan-out, say). */
  timeoutMs?: number;
}

/**
 * Everything about one HTTP route, declared once: the router, input validation, the
 * authorization guard, the audit log, the OpenAPI document and the route × role test
 * are all driven by it.
 */
export interface RouteDeclaration {
  /** Unique, camelCase: the OpenAPI operationId. */
  operationId: string;
  method: HttpMethod;
  /** Full path with Fastify-style parameters, e.g. `/v1/accounts/:accountId`. */
  path: string;
  summary: string;
  /** OpenAPI tag grouping the route in the reference. */
  tag: string;
  access: RouteAccess;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Media type(s) of the body when it is not JSON (`text/csv`, `.xlsx`: the body is then the bytes, a Buffer). */
  bodyContentType?: BodyMediaType | readonly BodyMediaType[];
  /** Media type of the success body when it is not JSON (the handler then answers it itself). */
  responseContentType?: ResponseMediaType | readonly ResponseMediaType[];
  /** Schema of the success body; the handler's result is parsed with it (unknown fields never leak). */
  response?: z.ZodType;
  /** Success status: 200 by default, 201 for creations, 204 without body. */
  status?: 200 | 201 | 202 | 204;
  /** Problems this route answers with beyond the common ones (validation, auth, rate limit). */
  errors?: readonly ProblemCode[];
  /** Id of the resource a change is about, for the audit log (default: the first path parameter or the result's `id`). */
  auditTarget?: (input: RouteInput, result: unknown) => string | undefined;
  /**
   * The path carries a secret (an emailed link's token): the audit log keeps the route's
   * pattern in place of the path, and no target.
   */
  secretPath?: true;
  /** Headers of every success response (e.g. `Cache-Control: no-store` where the answer carries a secret). */
  responseHeaders?: Readonly<Record<string, string>>;
  /**
   * The service operation this route forwards to: the gateway then serves it with no
   * controller of its own. Routes whose HTTP is the feature (streams, uploads, sign-in)
   * have a controller instead.
   */
  forward?: RouteForward;
}

/** What a validated part of a request holds; an undeclared part adds nothing. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- nothing, in an intersection
type DeclaredPart<S> = S extends z.ZodType ? z.output<S> : {};
/** The request a route forwards by default: path parameters, query and body merged. */
export type MergedInput<R extends RouteDeclaration> = DeclaredPart<R['params']> & DeclaredPart<R['query']> & DeclaredPart<R['body']>;

/**
 * A route whose default forwarding would send the operation a request its contract does
 * not take fails to compile here (the message names the operation).
 */
type ForwardCheck<R extends RouteDeclaration> = R extends { forward: { operation: infer O extends RpcOperationName } }
  ? R['forward'] extends { request: (...args: never[]) => unknown }
    ? unknown
    : ForwardCheckOf<MergedInput<R>, O>
  : unknown;

/** For helpers that build routes: `unknown` when `Input` is a request `O` takes, else a type no declaration satisfies. */
export type ForwardCheckOf<Input, O extends RpcOperationName> = Input extends RpcRequest<O>
  ? unknown
  : { forward: { 'route input does not match the request of': O } };

/** Declares a route with its types checked and inferred. */
export function defineRoute<const R extends RouteDeclaration>(route: R & ForwardCheck<R>): R {
  return route;
}

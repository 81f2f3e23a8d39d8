import { SpanKind, SpanStatusCode, type Span } from '@opentelemetry/api';
import { ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_HTTP_ROUTE, ATTR_URL_PATH } from '@opentelemetry/semantic-conventions';
import { HTTP_REQUEST_ID_HEADER } from '@scn/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { runInMessageContext } from '../logging/message-context';
import { newTraceparent } from '../tracing/trace-context';
import { Tracing, type TracedWork } from '../tracing/tracing';

const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Probes and scrapes are answered every few seconds by every replica: a span each would
 * bury the traces of real requests (their counts and durations are in the metrics).
 */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** Fastify's request id: the client's X-Request-Id when it is sane, else a new UUIDv7. */
export function requestIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const given = headers[HTTP_REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && ACCEPTABLE_REQUEST_ID.test(value) ? value : uuidv7();
}

/** The path of a request URL, without its query (which may carry tokens). */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * Runs every request inside its message context, so logs and the events it causes carry
 * its correlation id (the request id) and its trace, and echoes the id back to the client.
 * With tracing on, each request is a server span continuing the client's `traceparent`,
 * named by its route pattern (never the raw URL) once routing has matched it.
 */
export function installRequestContext(fastify: FastifyInstance, tracing: Tracing = Tracing.off): void {
  const spans = new WeakMap<FastifyRequest, Span>();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(HTTP_REQUEST_ID_HEADER, request.id);
    const incoming = request.headers['traceparent'];
    const parent = Array.isArray(incoming) ? incoming[0] : incoming;
    const path = pathOf(request.url);
    const traced: TracedWork = UNTRACED_PATHS.has(path)
      ? // Unsampled, so the RPCs a probe makes (readiness asks every service) record no span either.
        { traceparent: newTraceparent({ sampled: false }) }
      : tracing.start(request.method, {
          kind: SpanKind.SERVER,
          parent,
          attributes: { [ATTR_HTTP_REQUEST_METHOD]: request.method, [ATTR_URL_PATH]: path },
        });
    if (traced.span) spans.set(request, traced.span);
    runInMessageContext({ correlationId: String(request.id), causationId: null, traceparent: traced.traceparent }, done);
  });
  if (!tracing.enabled) return;
  fastify.addHook('onResponse', async (request, reply) => {
    const span = spans.get(request);
    if (!span) return;
    const route = request.routeOptions.url;
    if (route) {
      span.updateName(`${request.method} ${route}`);
      span.setAttribute(ATTR_HTTP_ROUTE, route);
    }
    span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, reply.statusCode);
    // A 4xx is the client's doing, not a failure of the server (the HTTP conventions).
    if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
}

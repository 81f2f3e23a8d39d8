import { HTTP_REQUEST_ID_HEADER } from '@scn/contracts';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { runInMessageContext } from '../logging/message-context';

const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Fastify's request id: the client's X-Request-Id when it is sane, else a new UUIDv7. */
export function requestIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const given = headers[HTTP_REQUEST_ID_HEADER];
  const value = Array.isArray(given) ? given[0] : given;
  return value && ACCEPTABLE_REQUEST_ID.test(value) ? value : uuidv7();
}

/**
 * Runs every request inside its message context, so logs and the events it causes carry
 * its correlation id (the request id), and echoes the id back to the client.
 */
export function installRequestContext(fastify: FastifyInstance, traceparentOf: (header: string | undefined) => string): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(HTTP_REQUEST_ID_HEADER, request.id);
    const incoming = request.headers['traceparent'];
    runInMessageContext(
      {
        correlationId: String(request.id),
        causationId: null,
        traceparent: traceparentOf(Array.isArray(incoming) ? incoming[0] : incoming),
      },
      done,
    );
  });
}

import { HTTP_REQUEST_ID_HEADER } from '@scn/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { v7 as uuidv7 } from 'uuid';
import { PROBLEM_CONTENT_TYPE, toProblem } from '../errors/problem-details';

// Some requests are refused by Fastify or Node's HTTP parser before any route, filter or
// hook of ours runs: a path that is not valid percent-encoding, a path parameter over the
// length limit, headers over the size limit. Left to them, they answer with JSON of their
// own shape; these handlers answer with the same problem documents as everything else.

/** Stable codes of refusals made before routing. */
export const FRAMEWORK_PROBLEM_CODES = {
  badUrl: 'REQUEST.MALFORMED_URL',
  parameterTooLong: 'REQUEST.PARAMETER_TOO_LONG',
  headersTooLarge: 'REQUEST.HEADERS_TOO_LARGE',
  timeout: 'REQUEST.TIMEOUT',
  malformed: 'REQUEST.MALFORMED',
  internal: 'INTERNAL',
} as const;

const BY_FASTIFY_CODE: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_BAD_URL: { status: 400, code: FRAMEWORK_PROBLEM_CODES.badUrl, message: 'The path is not valid percent-encoded UTF-8' },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: FRAMEWORK_PROBLEM_CODES.parameterTooLong,
    message: 'A path parameter is longer than this server accepts',
  },
};

/** The path of a request without its query string: a problem's `instance` never repeats a query (it may hold a token). */
export function instanceOf(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  // An instance is for people reading logs; a multi-kilobyte path is cut, not echoed whole.
  return path.length > 512 ? `${path.slice(0, 512)}…` : path;
}

/** Fastify's `frameworkErrors` option: a refusal before routing, as a problem document. */
export function answerFrameworkError(error: { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const known = BY_FASTIFY_CODE[error.code ?? ''] ?? {
    status: 500,
    code: FRAMEWORK_PROBLEM_CODES.internal,
    message: 'Internal error',
  };
  const correlationId = String(request.id);
  void reply
    .status(known.status)
    .header(HTTP_REQUEST_ID_HEADER, correlationId)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .send(toProblem(known, correlationId, instanceOf(request.url)));
}

/**
 * Fastify's `clientErrorHandler` option: Node's parser refused the request (headers too
 * large, a timeout, bytes that are not HTTP). There is no request object, so the answer
 * is written on the socket, with a fresh correlation id, and the connection closed.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, FRAMEWORK_PROBLEM_CODES.headersTooLarge, 'The request line and headers are larger than this server accepts']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, FRAMEWORK_PROBLEM_CODES.timeout, 'The request was not received in time']
        : [400, FRAMEWORK_PROBLEM_CODES.malformed, 'The request is not valid HTTP'];
  const correlationId = uuidv7();
  const body = JSON.stringify(toProblem({ status, code, message }, correlationId));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `${HTTP_REQUEST_ID_HEADER}: ${correlationId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

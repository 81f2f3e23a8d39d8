import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { RpcErrorBody } from '@scn/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { throwError } from 'rxjs';
import { instanceOf } from '../http/framework-errors';
import { currentMessageContext } from '../logging/message-context';
import { toRpcError } from './error-mapping';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem-details';
import { RpcCallError } from './rpc-call-error';

/**
 * Stable codes of the HTTP layer's own refusals (a body that is not JSON, too large, of
 * an unsupported type, a route that does not exist); other statuses get `HTTP.<status>`.
 */
const HTTP_LAYER_CODES: Record<number, string> = {
  400: 'REQUEST.MALFORMED',
  404: 'ROUTE.NOT_FOUND',
  405: 'ROUTE.METHOD_NOT_ALLOWED',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
};

/**
 * The one place errors leave a service. HTTP: an RFC 9457 problem document with a stable
 * code and the correlation id; unexpected errors are logged and answered with an opaque
 * 500. Message transports: the error is passed on untouched, for the transport to map.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body = this.toErrorBody(exception);
    // The framework's own messages quote the URL ("Cannot GET /path?token=…"): never the query.
    body.message = body.message.split(request.url).join(instanceOf(request.url));
    const correlationId = currentMessageContext()?.correlationId ?? String(request.id);
    void reply
      .status(body.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(toProblem(body, correlationId, instanceOf(request.url)));
    return undefined;
  }

  private toErrorBody(exception: unknown): RpcErrorBody {
    if (exception instanceof RpcCallError) return exception.error;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) this.logger.error(exception);
      return { code: HTTP_LAYER_CODES[status] ?? `HTTP.${status}`, status, message: exception.message };
    }
    const { body, expected } = toRpcError(exception);
    if (!expected) this.logger.error(exception instanceof Error ? exception : String(exception));
    return body;
  }
}

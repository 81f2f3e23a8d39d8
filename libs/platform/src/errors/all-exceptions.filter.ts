import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { RpcErrorBody } from '@scn/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { throwError } from 'rxjs';
import { currentMessageContext } from '../logging/message-context';
import { toRpcError } from './error-mapping';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem-details';
import { RpcCallError } from './rpc-call-error';

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
    const correlationId = currentMessageContext()?.correlationId ?? String(request.id);
    void reply
      .status(body.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(toProblem(body, correlationId, request.url));
    return undefined;
  }

  private toErrorBody(exception: unknown): RpcErrorBody {
    if (exception instanceof RpcCallError) return exception.error;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status >= 500) this.logger.error(exception);
      return { code: `HTTP.${status}`, status, message: exception.message };
    }
    const { body, expected } = toRpcError(exception);
    if (!expected) this.logger.error(exception instanceof Error ? exception : String(exception));
    return body;
  }
}

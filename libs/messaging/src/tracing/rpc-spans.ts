import { SpanStatusCode, type Attributes, type Span } from '@opentelemetry/api';
import type { RpcErrorBody } from '@scn/contracts';
import { NATS_SYSTEM, rpcOutcome, SPAN_ATTRIBUTES } from '@scn/platform';

/** What both sides of a request/reply say about it. */
export function rpcSpanAttributes(service: string, operation: string): Attributes {
  return {
    [SPAN_ATTRIBUTES.rpcSystem]: NATS_SYSTEM,
    [SPAN_ATTRIBUTES.rpcService]: service,
    [SPAN_ATTRIBUTES.rpcMethod]: operation,
  };
}

/**
 * Ends a request/reply span with its outcome (`ok` or the error code) and, on a failure,
 * the HTTP status the error maps to. Only a 5xx marks the span failed: a refusal (400,
 * 404, 409…) is the operation answering as declared, not a fault of the platform.
 */
export function endRpcSpan(span: Span, failure: Pick<RpcErrorBody, 'code' | 'status' | 'message'> | undefined): void {
  span.setAttribute(SPAN_ATTRIBUTES.rpcOutcome, rpcOutcome(failure?.code));
  if (failure) {
    span.setAttribute(SPAN_ATTRIBUTES.rpcStatus, failure.status);
    if (failure.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
  }
  span.end();
}

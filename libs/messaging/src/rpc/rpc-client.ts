import {
  HEADERS,
  rpcOperations,
  rpcReplySchema,
  rpcSubject,
  RPC_ERROR_CODES,
  type RpcOperationName,
  type RpcRequest,
  type CallerIdentity,
  type RpcResponse,
  type ServiceName,
} from '@scn/contracts';
import { SpanKind } from '@opentelemetry/api';
import { currentMessageContext, rpcOutcome, RpcCallError, secondsSince, Tracing, type Metrics } from '@scn/platform';
import { ErrorCode, type MsgHdrs, type NatsError } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import type { ManagedNatsConnection } from '../nats/nats-connection';
import { contextHeaders } from '../tracing/context-headers';
import { endRpcSpan, rpcSpanAttributes } from '../tracing/rpc-spans';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Calls services' request/reply operations, carrying correlation, trace and the caller's identity in headers. */
export class RpcClient {
  constructor(
    private readonly connection: ManagedNatsConnection,
    private readonly namespace: string,
    private readonly defaultTimeoutMs: number,
    private readonly metrics?: Metrics,
    private readonly tracing: Tracing = Tracing.off,
  ) {}

  async call<O extends RpcOperationName>(
    service: ServiceName,
    operation: O,
    request: RpcRequest<O>,
    options: { timeoutMs?: number; caller?: CallerIdentity } = {},
  ): Promise<RpcResponse<O>> {
    const context = currentMessageContext();
    // The client span of this call: the service's server span is its child (through the headers).
    const hop = this.tracing.start(operation, {
      kind: SpanKind.CLIENT,
      parent: context?.traceparent,
      attributes: rpcSpanAttributes(service, operation),
    });
    const headers = contextHeaders({ correlationId: context?.correlationId ?? uuidv7(), causationId: context?.causationId ?? null, traceparent: hop.traceparent });
    if (!this.metrics && !hop.span) return this.callOnce(service, operation, request, options, headers);
    const started = process.hrtime.bigint();
    let failure: RpcCallError['error'] | undefined;
    try {
      return await this.callOnce(service, operation, request, options, headers);
    } catch (error) {
      failure = error instanceof RpcCallError ? error.error : { code: 'error', status: 500, message: String(error) };
      throw error;
    } finally {
      if (hop.span) endRpcSpan(hop.span, failure);
      if (this.metrics) {
        const labels = { operation, outcome: rpcOutcome(failure?.code) };
        this.metrics.rpcClientCalls.labels(labels).inc();
        this.metrics.rpcClientDuration.labels(labels).observe(secondsSince(started));
      }
    }
  }

  private async callOnce<O extends RpcOperationName>(
    service: ServiceName,
    operation: O,
    request: RpcRequest<O>,
    options: { timeoutMs?: number; caller?: CallerIdentity },
    headers: MsgHdrs,
  ): Promise<RpcResponse<O>> {
    const timeout = options.timeoutMs ?? this.defaultTimeoutMs;
    if (options.caller) headers.set(HEADERS.caller, JSON.stringify(options.caller));
    let raw: Uint8Array;
    try {
      const reply = await this.connection.nc.request(
        rpcSubject(this.namespace, service, operation),
        encoder.encode(JSON.stringify(request)),
        { timeout, headers },
      );
      raw = reply.data;
    } catch (error) {
      throw transportError(error as NatsError, service, timeout);
    }
    const parsed = rpcReplySchema.safeParse(safeJson(decoder.decode(raw)));
    if (!parsed.success) {
      throw new RpcCallError({ code: RPC_ERROR_CODES.badReply, status: 502, message: `${service} sent a malformed reply` });
    }
    if (!parsed.data.ok) throw new RpcCallError(parsed.data.error);
    const response = rpcOperations[operation].response.safeParse(parsed.data.data);
    if (!response.success) {
      throw new RpcCallError({ code: RPC_ERROR_CODES.badReply, status: 502, message: `${service} replied with an unexpected shape` });
    }
    return response.data as RpcResponse<O>;
  }
}

function transportError(error: NatsError, service: ServiceName, timeoutMs: number): RpcCallError {
  if (error.code === ErrorCode.NoResponders) {
    return new RpcCallError({ code: RPC_ERROR_CODES.unavailable, status: 503, message: `${service} is not available` });
  }
  if (error.code === ErrorCode.Timeout) {
    return new RpcCallError({ code: RPC_ERROR_CODES.timeout, status: 504, message: `${service} did not answer within ${timeoutMs} ms` });
  }
  return new RpcCallError({ code: RPC_ERROR_CODES.unavailable, status: 503, message: `${service} could not be reached: ${error.message}` });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

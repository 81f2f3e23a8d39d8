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
import { rpcOutcome, RpcCallError, secondsSince, type Metrics } from '@scn/platform';
import { ErrorCode, type NatsError } from 'nats';
import type { ManagedNatsConnection } from '../nats/nats-connection';
import { contextHeaders } from '../tracing/context-headers';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Calls services' request/reply operations, carrying correlation, trace and the caller's identity in headers. */
export class RpcClient {
  constructor(
    private readonly connection: ManagedNatsConnection,
    private readonly namespace: string,
    private readonly defaultTimeoutMs: number,
    private readonly metrics?: Metrics,
  ) {}

  async call<O extends RpcOperationName>(
    service: ServiceName,
    operation: O,
    request: RpcRequest<O>,
    options: { timeoutMs?: number; caller?: CallerIdentity } = {},
  ): Promise<RpcResponse<O>> {
    if (!this.metrics) return this.callOnce(service, operation, request, options);
    const started = process.hrtime.bigint();
    let outcome = 'ok';
    try {
      return await this.callOnce(service, operation, request, options);
    } catch (error) {
      outcome = rpcOutcome(error instanceof RpcCallError ? error.error.code : 'error');
      throw error;
    } finally {
      const labels = { operation, outcome };
      this.metrics.rpcClientCalls.labels(labels).inc();
      this.metrics.rpcClientDuration.labels(labels).observe(secondsSince(started));
    }
  }

  private async callOnce<O extends RpcOperationName>(
    service: ServiceName,
    operation: O,
    request: RpcRequest<O>,
    options: { timeoutMs?: number; caller?: CallerIdentity },
  ): Promise<RpcResponse<O>> {
    const timeout = options.timeoutMs ?? this.defaultTimeoutMs;
    const headers = contextHeaders();
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

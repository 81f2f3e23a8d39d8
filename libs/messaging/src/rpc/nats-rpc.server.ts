import { CustomTransportStrategy, Server } from '@nestjs/microservices';
import { checkRequestText, rpcOperations, rpcQueueGroup, rpcWildcard, RPC_ERROR_CODES, type RpcReply, type ServiceName } from '@scn/contracts';
import { SpanKind } from '@opentelemetry/api';
import { rpcOutcome, runInMessageContext, secondsSince, toRpcError, Tracing, type Metrics } from '@scn/platform';
import type { Msg, Subscription } from 'nats';
import type { Logger } from 'pino';
import { lastValueFrom } from 'rxjs';
import type { ManagedNatsConnection } from '../nats/nats-connection';
import { contextFromHeaders, receivedTraceparent } from '../tracing/context-headers';
import { endRpcSpan, rpcSpanAttributes } from '../tracing/rpc-spans';
import { RPC_TRANSPORT } from './on-rpc.decorator';
import { RpcContext } from './rpc-context';

export interface NatsRpcServerOptions {
  service: ServiceName;
  namespace: string;
  connection: ManagedNatsConnection;
  logger: Logger;
  drainTimeoutMs: number;
  /** Records each operation's duration and outcome. */
  metrics?: Metrics;
  /** A server span per request, child of the caller's client span. */
  tracing?: Tracing;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Serves request/reply operations on core NATS (`<ns>.rpc.<service>.<operation>`), in a
 * queue group so replicas share the load. Every reply is typed: data, or an error with a
 * stable code and an HTTP status for the gateway.
 */
export class NatsRpcServer extends Server implements CustomTransportStrategy {
  override readonly transportId = RPC_TRANSPORT;
  private subscription?: Subscription;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: NatsRpcServerOptions) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    const { connection, namespace, service } = this.options;
    for (const pattern of this.getHandlers().keys()) {
      if (!(pattern in rpcOperations)) {
        callback(new Error(`@OnRpc('${pattern}') names an operation that is not declared in rpcOperations`));
        return;
      }
    }
    const prefix = rpcWildcard(namespace, service).slice(0, -1);
    this.subscription = connection.nc.subscribe(`${prefix}>`, {
      queue: rpcQueueGroup(service),
      callback: (error, msg) => {
        if (error) {
          this.options.logger.error({ err: error }, 'RPC subscription error');
          return;
        }
        const task = this.handle(msg, msg.subject.slice(prefix.length)).finally(() => this.inFlight.delete(task));
        this.inFlight.add(task);
      },
    });
    callback();
  }

  async close(): Promise<void> {
    if (this.subscription && !this.subscription.isClosed()) await this.subscription.drain().catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.inFlight]),
      new Promise((resolve) => (timer = setTimeout(resolve, this.options.drainTimeoutMs))),
    ]);
    clearTimeout(timer);
  }

  on(): never {
    throw new Error('NatsRpcServer does not emit events');
  }

  unwrap<T>(): T {
    return this.options.connection.nc as T;
  }

  private async handle(msg: Msg, operation: string): Promise<void> {
    // Unknown operations share one label value and span name: subjects are caller-chosen.
    const known = operation in rpcOperations ? operation : 'unknown';
    const served = (this.options.tracing ?? Tracing.off).start(known, {
      kind: SpanKind.SERVER,
      parent: receivedTraceparent(msg.headers),
      attributes: rpcSpanAttributes(this.options.service, known),
    });
    const context = contextFromHeaders(msg.headers, null, served.traceparent);
    await runInMessageContext(context, async () => {
      const started = process.hrtime.bigint();
      const reply = await this.execute(msg, operation);
      this.options.metrics?.rpcServerDuration
        .labels({ operation: known, outcome: rpcOutcome(reply.ok ? undefined : reply.error.code) })
        .observe(secondsSince(started));
      if (msg.reply) msg.respond(encoder.encode(JSON.stringify(reply)));
      if (served.span) endRpcSpan(served.span, reply.ok ? undefined : reply.error);
    });
  }

  private async execute(msg: Msg, operation: string): Promise<RpcReply> {
    const handler = this.getHandlerByPattern(operation);
    const declared = rpcOperations[operation as keyof typeof rpcOperations];
    if (!handler || !declared) {
      return failure(RPC_ERROR_CODES.unknownOperation, 404, `${this.options.service} has no operation "${operation}"`);
    }
    let body: unknown;
    try {
      body = msg.data.length ? JSON.parse(decoder.decode(msg.data)) : {};
    } catch {
      return failure(RPC_ERROR_CODES.validation, 400, 'The request body is not valid JSON');
    }
    // A caller other than the gateway gets the same text rules: a refusal, never a database error.
    const text = checkRequestText(body);
    if (text.violations.length) {
      return { ok: false, error: { code: RPC_ERROR_CODES.validation, status: 400, message: 'The request is not valid', details: text.violations } };
    }
    try {
      const request = declared.request.parse(text.value);
      const output = await handler(request, new RpcContext([operation, msg.headers]));
      const data = await lastValueFrom(this.transformToObservable(output), { defaultValue: undefined });
      return { ok: true, data: data ?? null };
    } catch (error) {
      const { body: rpcError, expected } = toRpcError(error);
      if (!expected) this.options.logger.error({ err: error, operation }, 'RPC handler failed');
      return { ok: false, error: rpcError };
    }
  }
}

function failure(code: string, status: number, message: string): RpcReply {
  return { ok: false, error: { code, status, message } };
}

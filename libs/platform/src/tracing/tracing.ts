import {
  defaultTextMapGetter,
  defaultTextMapSetter,
  ROOT_CONTEXT,
  SpanStatusCode,
  trace,
  type Attributes,
  type Span,
  type SpanKind,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { childTraceparent } from './trace-context';

/** How a span begins: its kind, the traceparent it continues (the W3C header value), its first attributes. */
export interface SpanStart {
  kind: SpanKind;
  parent: string | null | undefined;
  attributes?: Attributes;
}

/**
 * A unit of traced work: the span (absent when tracing is off) and the traceparent that the
 * work carries onwards — into its message context (so its log lines), the headers it sends,
 * the outbox rows it writes.
 */
export interface TracedWork {
  span?: Span;
  traceparent: string;
}

/** What the tracer provider must do on stop: export what is buffered, then refuse new spans. */
export interface TracerShutdown {
  shutdown(): Promise<void>;
}

/** How long a stopping service waits for its last spans to be exported. */
const SHUTDOWN_WAIT_MS = 5_000;

// The W3C header itself is already the platform's propagation (MessageContext.traceparent,
// NATS headers, outbox rows): the propagator only translates it to and from a span context.
const w3c = new W3CTraceContextPropagator();

/**
 * Spans at the platform's own seams (HTTP in, RPC out and in, outbox, relay, consumer),
 * each a child of the traceparent the work already carries. Off (no exporter configured),
 * no span object is ever made: each seam still gets a fresh span id in the same trace, as
 * before tracing existed, so log lines keep sharing the trace id across services.
 */
export class Tracing {
  static readonly off = new Tracing(undefined, undefined);

  constructor(
    private readonly tracer: Tracer | undefined,
    private readonly provider: TracerShutdown | undefined,
  ) {}

  get enabled(): boolean {
    return this.tracer !== undefined;
  }

  /** Starts a span continuing `start.parent` (a new trace when it is missing or malformed). */
  start(name: string, start: SpanStart): TracedWork {
    if (!this.tracer) return { traceparent: childTraceparent(start.parent) };
    const parent = start.parent ? w3c.extract(ROOT_CONTEXT, { traceparent: start.parent }, defaultTextMapGetter) : ROOT_CONTEXT;
    const span = this.tracer.startSpan(name, { kind: start.kind, attributes: start.attributes }, parent);
    return { span, traceparent: traceparentOf(span) ?? childTraceparent(start.parent) };
  }

  /** Runs `work` inside a span that ends with it; a throw marks the span failed and is rethrown. */
  async inSpan<T>(name: string, start: SpanStart, work: (traced: TracedWork) => Promise<T>): Promise<T> {
    const traced = this.start(name, start);
    try {
      return await work(traced);
    } catch (error) {
      if (traced.span) failSpan(traced.span, error);
      throw error;
    } finally {
      traced.span?.end();
    }
  }

  /**
   * Exports the spans still buffered and stops the provider (a service's last step on
   * stop). A collector that does not answer must not hold the stop past the orchestrator's
   * grace period: after `timeoutMs`, what is left is given up.
   */
  async shutdown(timeoutMs = SHUTDOWN_WAIT_MS): Promise<void> {
    if (!this.provider) return;
    let timer: NodeJS.Timeout | undefined;
    const givenUp = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
      timer.unref();
    });
    await Promise.race([this.provider.shutdown().catch(() => undefined), givenUp]);
    clearTimeout(timer);
  }
}

/** The W3C traceparent naming `span` (undefined for an invalid span context). */
export function traceparentOf(span: Span): string | undefined {
  const carrier: Record<string, string> = {};
  w3c.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, defaultTextMapSetter);
  return carrier['traceparent'];
}

/** Marks `span` failed by `error`: the exception event and an error status with its message. */
export function failSpan(span: Span, error: unknown): void {
  if (error instanceof Error) span.recordException(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

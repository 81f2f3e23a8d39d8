import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { Tracing } from './tracing';

/** The validated tracing variables (`tracingConfigShape`). */
export interface TracingConfig {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string | undefined;
  OTEL_SDK_DISABLED: boolean;
}

/** Name of the instrumentation scope of every span the platform makes. */
export const TRACER_NAME = '@scn/platform';

/**
 * A service's tracing: an OTLP/HTTP exporter behind a batch processor when
 * `OTEL_EXPORTER_OTLP_ENDPOINT` is set, plus any processor given (a test's in-memory
 * exporter); off — no SDK at all, near-zero cost — when neither, or when
 * `OTEL_SDK_DISABLED` is true. Each service has a provider of its own (not the global one),
 * so several services started in one test process keep their own `service.name`.
 */
export function startTracing(service: string, config: TracingConfig, extraProcessors: readonly SpanProcessor[] = []): Tracing {
  if (config.OTEL_SDK_DISABLED) return Tracing.off;
  const processors = [...extraProcessors];
  if (config.OTEL_EXPORTER_OTLP_ENDPOINT) {
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: otlpTracesUrl(config.OTEL_EXPORTER_OTLP_ENDPOINT) })));
  }
  if (processors.length === 0) return Tracing.off;
  // BasicTracerProvider reads the SDK's standard variables (OTEL_TRACES_SAMPLER, span limits…).
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }),
    spanProcessors: processors,
  });
  return new Tracing(provider.getTracer(TRACER_NAME), provider);
}

/**
 * Where traces are posted: the signal path appended to the base endpoint, as the OTLP
 * exporter specification says for `OTEL_EXPORTER_OTLP_ENDPOINT` (the exporter only does it
 * itself when it reads the variable from the process, and ours comes validated from config).
 */
export function otlpTracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

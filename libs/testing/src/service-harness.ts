import type { SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startService, type RunningService, type ServiceDefinition } from '@scn/messaging';
import type { z } from 'zod';

export interface TestServiceOptions {
  namespace: string;
  databaseUrl?: string;
  natsUrl?: string;
  env?: Record<string, string>;
  /** Turns tracing on into these processors (an in-memory exporter's), without a collector. */
  spanProcessors?: readonly SpanProcessor[];
}

/**
 * Boots a real service in this process, on a random port, in the test's namespace and
 * database: every transport, handler and shutdown hook runs as in production.
 */
export async function startTestService<S extends z.ZodObject>(
  definition: ServiceDefinition<S>,
  options: TestServiceOptions,
): Promise<RunningService> {
  return startService(definition, {
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['TEST_LOG_LEVEL'] ?? 'silent',
    HTTP_PORT: '0',
    SCN_NAMESPACE: options.namespace,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.natsUrl ? { NATS_URL: options.natsUrl } : {}),
    OUTBOX_POLL_MS: '200',
    ...options.env,
  }, { spanProcessors: options.spanProcessors });
}

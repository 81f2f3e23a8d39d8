// Run by otlp-export.int-spec.ts in a Node process of its own (the OTLP exporter loads
// `http` with a dynamic import, which Jest's module sandbox cannot run): reads the tracing
// variables as a service does, makes one span and stops, as a service stops.
import { SpanKind } from '@opentelemetry/api';
import { z } from 'zod';
import { commonConfigShape } from '../src/config/config-schemas';
import { loadConfig } from '../src/config/load-config';
import { startTracing } from '../src/tracing/start-tracing';

async function main(): Promise<void> {
  const config = loadConfig('exchanges', z.object(commonConfigShape), process.env);
  const tracing = startTracing('exchanges', config);
  tracing.start('exchanges.list', { kind: SpanKind.SERVER, parent: process.env['PARENT_TRACEPARENT'] }).span?.end();
  await tracing.shutdown();
  process.stdout.write(tracing.enabled ? 'traced\n' : 'off\n');
}

void main();

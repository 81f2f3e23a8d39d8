import pino, { type Logger } from 'pino';
import { currentMessageContext } from './message-context';

export interface RootLoggerOptions {
  service: string;
  level: string;
  /** Where the JSON lines go (stdout by default). */
  destination?: pino.DestinationStream;
}

/** Secrets never reach a log line, whatever object carries them. */
const REDACTED_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'refreshToken',
  '*.refreshToken',
  'accessToken',
  '*.accessToken',
  'passwordHash',
  '*.passwordHash',
  'secret',
  '*.secret',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
];

function traceIdsOf(traceparent: string): { traceId?: string; spanId?: string } {
  const [, traceId, spanId] = traceparent.split('-');
  return { traceId, spanId };
}

/** Structured JSON logs, each line carrying the service and the correlation of its work. */
export function createRootLogger(options: RootLoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      mixin() {
        const context = currentMessageContext();
        if (!context) return {};
        return {
          correlationId: context.correlationId,
          ...(context.causationId ? { causationId: context.causationId } : {}),
          // The ids of the span doing the work (when tracing is on, the very span exported).
          ...(context.traceparent ? traceIdsOf(context.traceparent) : {}),
        };
      },
    },
    // Synchronous: a line written just before exit (the shutdown's last) is never lost.
    options.destination ?? pino.destination({ sync: true }),
  );
}

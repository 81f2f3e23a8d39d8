import { randomFillSync } from 'node:crypto';

// W3C Trace Context (https://www.w3.org/TR/trace-context/): version-traceid-parentid-flags.
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

// Random ids come from a pool filled 4 KB at a time: a span id per event written and per
// publication, each drawn from the kernel alone, cost more CPU than the rest of its span.
const pool = Buffer.alloc(4_096);
let used = pool.length;

function hex(bytes: number): string {
  if (used + bytes > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += bytes;
  return pool.toString('hex', used - bytes, used);
}

/**
 * A new trace, sampled unless told otherwise: an unsampled one still ties log lines
 * together, but no span of it is recorded anywhere downstream (W3C flags 00).
 */
export function newTraceparent({ sampled = true }: { sampled?: boolean } = {}): string {
  return `00-${hex(16)}-${hex(8)}-${sampled ? '01' : '00'}`;
}

/** A span inside the trace of `parent` (a new trace if `parent` is missing or malformed). */
export function childTraceparent(parent: string | undefined | null): string {
  const match = parent ? TRACEPARENT.exec(parent) : null;
  if (!match || /^0+$/.test(match[1]!) || /^0+$/.test(match[2]!)) return newTraceparent();
  return `00-${match[1]}-${hex(8)}-${match[3]}`;
}

/** The trace id of a traceparent, or undefined. */
export function traceIdOf(traceparent: string | undefined): string | undefined {
  return traceparent ? TRACEPARENT.exec(traceparent)?.[1] : undefined;
}

/**
 * Whether `error` says the service's database could not be reached or dropped the
 * connection (a failover, `pg_terminate_backend`, a restart, a pool with no connection
 * free in time), rather than refused what was asked. Such a failure is transient: the
 * caller is told to retry (503), not that something broke (500).
 *
 * Prisma wraps the driver's error (`cause`, `meta.driverAdapterError`), so the whole chain
 * is read: PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P0x (the server
 * shutting the session), 53300 (too many connections); Prisma's connection codes; and
 * node-postgres's own messages, which carry no code.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of causeChain(error)) {
    const code = typeof link['code'] === 'string' ? link['code'] : undefined;
    if (code && (PRISMA_CONNECTION_CODES.has(code) || /^08|^57P0[123]$|^53300$/.test(code))) return true;
    const message = typeof link['message'] === 'string' ? link['message'] : '';
    if (DRIVER_MESSAGES.test(message)) return true;
  }
  return false;
}

/** P1001 cannot reach, P1002 timed out, P1008 operation timed out, P1017 server closed the connection, P2024 no pool connection in time, P2028 transaction could not start in time. */
const PRISMA_CONNECTION_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);

const DRIVER_MESSAGES =
  /Connection terminated|not queryable|terminating connection due to administrator command|timeout exceeded when trying to connect|Server has closed the connection|Can't reach database server|Unable to start a transaction in the given time/i;

/** The error, its causes and the driver error Prisma keeps in `meta` (at most 8 deep: a cycle must not hang the mapping). */
function* causeChain(error: unknown): Generator<Record<string, unknown>> {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === 'object'; depth++) {
    const link = current as Record<string, unknown>;
    yield link;
    const meta = link['meta'] as Record<string, unknown> | undefined;
    const driver = meta && typeof meta === 'object' ? (meta['driverAdapterError'] as Record<string, unknown> | undefined) : undefined;
    if (driver && typeof driver === 'object') yield driver;
    current = link['cause'] ?? (driver as { cause?: unknown } | undefined)?.cause;
  }
}

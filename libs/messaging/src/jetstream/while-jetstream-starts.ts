import type { Logger } from 'pino';

/**
 * True for the failures JetStream gives while it cannot answer yet rather than never: an
 * API request timing out or finding no responder (a cluster electing its meta leader or a
 * stream's leader, a node just restarted), "JetStream system temporarily unavailable".
 */
export function isJetStreamStarting(error: unknown): boolean {
  const { code, api_error: apiError } = (error ?? {}) as { code?: string; api_error?: { err_code?: number } };
  if (code === 'TIMEOUT' || code === '503') return true;
  if (apiError?.err_code === 10008) return true;
  return /timeout|no responders|temporarily unavailable/i.test(String(error));
}

/**
 * Runs a provisioning step (create a stream, a consumer) again while JetStream is starting,
 * up to `timeoutMs`, instead of failing the service's start: a replica started beside a
 * cluster that is electing its leaders waits for it, as it would for PostgreSQL.
 */
export async function whileJetStreamStarts<T>(
  what: string,
  work: () => Promise<T>,
  { logger, timeoutMs = 60_000, pauseMs = 500 }: { logger?: Pick<Logger, 'warn'>; timeoutMs?: number; pauseMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isJetStreamStarting(error) || Date.now() + pauseMs > deadline) throw error;
      logger?.warn({ err: error, step: what }, 'JetStream not answering yet; trying again');
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}

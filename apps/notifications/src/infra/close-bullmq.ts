/** A BullMQ queue or worker: both start their connection when made and close it on `close()`. */
interface StartedThenClosed {
  waitUntilReady(): Promise<unknown>;
  close(): Promise<void>;
}

/** How long a close waits for the connection to finish starting (Redis may be down). */
const START_WAIT_MS = 2_000;

/**
 * Closes a queue or worker once its connection has finished starting (or failed to), at
 * most START_WAIT_MS later. BullMQ's close of a connection still starting — one shared with
 * the service, as ours are — takes the connection's error listeners off while the start
 * still runs; when the shared client then goes, the start's failure is emitted to no
 * listener, which ends the process (seen when a service was stopped right after starting).
 */
export async function closeOnceStarted(closable: StartedThenClosed): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    closable.waitUntilReady().catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, START_WAIT_MS);
    }),
  ]);
  clearTimeout(timer);
  await closable.close();
}

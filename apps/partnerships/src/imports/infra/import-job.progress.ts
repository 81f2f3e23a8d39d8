// How a running import shows it is alive, and how one that stopped is told from it: every
// write of a run moves the job's heartbeat (and the runner beats between writes), so a job
// still "running" whose heartbeat is older than IMPORT_STALL_MS lost its run (the service
// crashed or was killed) and is marked failed by whichever replica looks first.

/** How often a run beats besides its writes (a batch is written every second or so). */
export const IMPORT_HEARTBEAT_MS = 20_000;
/** A running import whose heartbeat is older than this was interrupted: six beats missed. */
export const IMPORT_STALL_MS = 2 * 60_000;

/** The error a job interrupted without a normal shutdown is left with. */
export const STALLED_IMPORT_ERROR =
  'Interrupted: the service stopped while importing (no sign of progress for 2 minutes). ' +
  'Rows imported so far are kept; import the file again to finish it.';

/** The job is no longer running (it was marked interrupted meanwhile): its run must stop writing. */
export class ImportNoLongerRunning extends Error {
  constructor() {
    super('The import is no longer running (it was marked interrupted): its run stops');
  }
}

/** Throws when an update meant for a running job found none (so a transaction rolls back). */
export function assertStillRunning(updatedRows: number): void {
  if (updatedRows === 0) throw new ImportNoLongerRunning();
}

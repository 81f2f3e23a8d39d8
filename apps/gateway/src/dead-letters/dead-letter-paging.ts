import type { DeadLetter } from '@scn/messaging';

/**
 * Cuts a page from letters fetched with one more than the limit: the extra one, if
 * there, is where the next page starts (sequences have gaps where letters were replayed).
 */
export function deadLetterPage(letters: DeadLetter[], limit: number): { items: DeadLetter[]; nextSequence: number | null } {
  return { items: letters.slice(0, limit), nextSequence: letters[limit]?.sequence ?? null };
}

/** Whether JetStream says the stream does not exist (nothing was ever dead-lettered). */
export function isStreamNotFound(error: unknown): boolean {
  const code = (error as { api_error?: { err_code?: number } } | undefined)?.api_error?.err_code;
  return code === 10059 || /stream not found/i.test(String(error));
}

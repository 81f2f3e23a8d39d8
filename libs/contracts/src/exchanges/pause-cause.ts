import { z } from 'zod';

/**
 * Why an exchange program is paused, as data: consumers decide by the code and put it in
 * their reader's words, rather than parsing or quoting English text.
 * - `partnership-suspended`: its partnership was suspended. The exchanges service paused it
 *   (`by` null; `note`, the suspension's reason) and resumes it when the partnership is
 *   reactivated.
 * - `paused-by-manager`: someone running the program paused it (`by`); only they resume it.
 * A new code is added here, then to every template catalogue of the notifications service
 * (type-checking asks for it there), before a service emits it.
 */
export const PAUSE_CAUSE_CODES = ['partnership-suspended', 'paused-by-manager'] as const;
export const pauseCauseCodeSchema = z.enum(PAUSE_CAUSE_CODES);
export type PauseCauseCode = z.infer<typeof pauseCauseCodeSchema>;

export const pauseCauseSchema = z
  .object({
    code: pauseCauseCodeSchema,
    /** The account that paused it; null when the service did (e.g. following a partnership). */
    by: z.string().min(1).nullable(),
    /** Words from whoever caused the pause (the suspension's reason…), shown as given; null when none. */
    note: z.string().min(1).max(500).nullable(),
  })
  .meta({ id: 'PauseCause' });
export type PauseCause = z.infer<typeof pauseCauseSchema>;

/** The plain-text reason of `exchange-program.paused.v1` (kept for consumers that predate `cause`): the note, else the code. */
export function pauseReasonOf(cause: PauseCause): string {
  return cause.note ?? cause.code;
}

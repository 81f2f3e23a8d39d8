import * as z from 'zod/mini';

// What the staff pages keep in their URL, checked before the page opens: a mangled value
// is dropped (the page then shows everything) rather than refused.

const PROGRAM_STATUSES = ['draft', 'published', 'closed', 'allocated', 'in_progress', 'completed', 'cancelled'] as const;
const uuid = z.catch(z.optional(z.string().check(z.regex(/^[0-9a-f-]{36}$/i))), undefined);
const season = z.catch(z.optional(z.coerce.number().check(z.int(), z.gte(2000), z.lte(2200))), undefined);

export const staffProgramsSearchSchema = z.object({
  status: z.catch(z.optional(z.enum(PROGRAM_STATUSES)), undefined),
  season,
});
export type StaffProgramsSearch = z.infer<typeof staffProgramsSearchSchema>;

export const reviewAssignmentSearchSchema = z.object({ program: uuid });

export const matchingSearchSchema = z.object({
  /** The run on show (a preview to check and commit, or a committed one). */
  run: uuid,
  /** The explanations' filter: placed or not (yes/no: the router would quote "true" and "false"), and one program. */
  placed: z.catch(z.optional(z.enum(['yes', 'no'])), undefined),
  program: uuid,
});
export type MatchingSearch = z.infer<typeof matchingSearchSchema>;

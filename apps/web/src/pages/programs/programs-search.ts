import * as z from 'zod/mini';

/** The exchange categories (`EXCHANGE_CATEGORIES` of the contracts), in the order the filter lists them. */
export const CATEGORIES = ['youth-education', 'arts-culture', 'business-trade', 'humanitarian-municipal', 'professional-technical'] as const;

const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

/** The catalogue's filters in the URL (`/programs?category=arts-culture&country=FR`). */
export const programsSearchSchema = z.object({
  category: lenient(z.enum(CATEGORIES)),
  country: lenient(z.string().check(z.regex(/^[A-Z]{2}$/))),
});
export type ProgramsSearch = z.infer<typeof programsSearchSchema>;

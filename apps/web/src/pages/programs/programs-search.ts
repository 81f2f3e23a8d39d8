import * as z from 'zod/mini';

/** The exchange categories (`EXCHANGE_CATEGORIES` of the contracts), in the order the filter lists them. */
export const CATEGORIES = ['youth-education', 'arts-culture', 'business-trade', 'humanitarian-municipal', 'professional-technical'] as const;

/**
 * The languages the language filter offers, by tag (named in the viewer's language by the
 * browser): the world's most spoken and the network's usual ones. A program's languages
 * are free tags, so a URL may name another; it is kept and offered too.
 */
export const COMMON_LANGUAGES = [
  'ar', 'bn', 'de', 'en', 'es', 'fa', 'fr', 'he', 'hi', 'id', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'sw', 'th', 'tr', 'uk', 'vi', 'zh',
] as const;

/** A parameter that is dropped, not an error, when a hand-edited URL gets it wrong. */
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/**
 * The catalogue's filters in the URL (`/programs?category=arts-culture&country=FR&age=16`),
 * as the API's catalogue takes them: either city, either city's country, a language the
 * exchange is held in, travel within [travelFrom, travelTo], and the applicant's age on the
 * travel start date.
 */
export const programsSearchSchema = z.object({
  category: lenient(z.enum(CATEGORIES)),
  country: lenient(z.string().check(z.regex(/^[A-Z]{2}$/))),
  city: lenient(z.string().check(z.maxLength(60))),
  language: lenient(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/))),
  travelFrom: lenient(day),
  travelTo: lenient(day),
  age: lenient(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(120))),
});
export type ProgramsSearch = z.infer<typeof programsSearchSchema>;

/** Whether any filter is on (the "clear filters" button shows then). */
export function hasProgramFilters(search: ProgramsSearch): boolean {
  return Object.values(search).some((value) => value !== undefined);
}

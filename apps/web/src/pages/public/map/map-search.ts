import * as z from 'zod/mini';

/** The map's state in the URL: `/map` is the world by country, `/map?country=JP` one country's partnerships city by city. */
export const mapSearchSchema = z.object({
  country: z.catch(z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))), undefined),
});
export type MapSearch = z.infer<typeof mapSearchSchema>;

import * as z from 'zod/mini';

/** `?token=…` of the emailed links; an absent or mangled token is left to the page to explain. */
export const tokenSearch = z.object({
  token: z.catch(z.optional(z.string().check(z.maxLength(200))), undefined),
});

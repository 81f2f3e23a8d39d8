import * as z from 'zod/mini';
import type { operations } from '../../api/api-types.generated';

/** The directory's query to the API (`GET /v1/directory/partnerships`), as its generated types say. */
export type DirectoryQuery = NonNullable<operations['searchDirectory']['parameters']['query']>;

export const DIRECTORY_SORTS = ['city', 'country', 'startDate', '-startDate'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];
export const DIRECTORY_PAGE_SIZE = 25;

/** A parameter that is dropped, not an error, when a hand-edited URL gets it wrong. */
const lenient = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined);

/**
 * The directory's state in the URL (`/?country=US&region=GA&page=2`): filters, sort and
 * page, so a search can be bookmarked, shared and walked back with the browser's buttons.
 * Only what differs from the defaults is kept.
 */
export const directorySearchSchema = z.object({
  q: lenient(z.string().check(z.maxLength(200))),
  country: lenient(z.string().check(z.regex(/^[A-Z]{2}$/))),
  region: lenient(z.string().check(z.regex(/^[A-Za-z0-9]{1,20}$/))),
  city: lenient(z.string().check(z.maxLength(60))),
  memberProgram: lenient(z.string().check(z.maxLength(36))),
  sort: lenient(z.enum(DIRECTORY_SORTS)),
  page: lenient(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000))),
});
export type DirectorySearch = z.infer<typeof directorySearchSchema>;

/** The API query of a URL state: defaults filled in, empty text left out. */
export function toDirectoryQuery(search: DirectorySearch): DirectoryQuery {
  const query: DirectoryQuery = { page: search.page ?? 1, pageSize: DIRECTORY_PAGE_SIZE, sort: search.sort ?? 'city' };
  const q = search.q?.trim();
  if (q) query.q = q;
  if (search.country) query.country = search.country;
  if (search.country && search.region) query.region = search.region;
  if (search.city) query.city = search.city;
  if (search.memberProgram) query.memberProgram = search.memberProgram;
  return query;
}

/** The filters that narrow the result (what "clear filters" removes); sort is kept. */
export const FILTER_KEYS = ['q', 'country', 'region', 'city', 'memberProgram'] as const;

/**
 * The next URL state after one filter changed: back to the first page (the old page
 * number means nothing in a new result), and a region dropped with its country.
 */
export function withFilter(search: DirectorySearch, key: (typeof FILTER_KEYS)[number], value: string | undefined): DirectorySearch {
  const next: DirectorySearch = { ...search, [key]: value || undefined, page: undefined };
  if (key === 'country') next.region = undefined;
  return next;
}

export const hasFilters = (search: DirectorySearch) => FILTER_KEYS.some((key) => search[key] !== undefined);

/** Pages of a result (at least one, so the pager always has a page to show). */
export const pageCount = (total: number, pageSize = DIRECTORY_PAGE_SIZE) => Math.max(1, Math.ceil(total / pageSize));

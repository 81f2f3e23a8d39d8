import { z } from 'zod';
import { queryInteger } from './text';

/** Largest page any list route serves; a bigger `limit` is refused, not clipped. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

/** Query parameters of every cursor-paginated list. */
export const pageQueryShape = {
  limit: queryInteger({ min: 1, max: MAX_PAGE_SIZE }).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).max(500).optional(),
};

/** One page of a list: the items and the cursor of the next page (null on the last). */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export type Page<T> = { items: T[]; nextCursor: string | null };

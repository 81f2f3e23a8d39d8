import { z } from 'zod';

/** One line of a resource's history: who did what, when (every aggregate keeps one). */
export const historyEntryShape = {
  id: z.string(),
  at: z.iso.datetime(),
  actorId: z.string().nullable(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
};

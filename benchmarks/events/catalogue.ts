import { defineEventCatalogue, type EventEnvelope } from '@scn/contracts';
import { z } from 'zod';

/** The one event type of the benchmark: it carries its send stamp (`sentAt`, ms of `now()`). */
export const BENCH_EVENT = 'ledger.benchmarked.v1';
export const benchCatalogue = defineEventCatalogue({
  [BENCH_EVENT]: {
    source: 'partnerships',
    // sentAt: the monotonic clock's ms (fractional) taken when the business transaction started.
    data: z.object({ account: z.string(), seq: z.int(), sentAt: z.number() }),
  },
});
export type BenchEvent = EventEnvelope<typeof BENCH_EVENT, { account: string; seq: number; sentAt: number }>;

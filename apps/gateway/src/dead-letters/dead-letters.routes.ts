import { pageQueryShape, queryInteger } from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, type ProblemCode } from '../http/route-declaration';

export const DEAD_LETTER_PROBLEMS = {
  notFound: { code: 'DEAD_LETTER.NOT_FOUND', status: 404, description: 'No dead letter has this sequence (or it was replayed).' },
} as const satisfies Record<string, ProblemCode>;

const sequence = queryInteger({ min: 1, max: Number.MAX_SAFE_INTEGER });

/** A message a consumer gave up on, as staff inspect it before replaying it. */
export const deadLetterSchema = z
  .object({
    sequence: z.int().describe('Sequence in the dead-letter stream: what it is replayed by'),
    consumer: z.string(),
    reason: z.string(),
    originalSubject: z.string(),
    originalStream: z.string(),
    originalSequence: z.int(),
    deliveries: z.int(),
    failedAt: z.string(),
    payload: z.string().describe('The message as received, undecoded (it may not be JSON)'),
  })
  .strict();
export type DeadLetterView = z.infer<typeof deadLetterSchema>;

/**
 * Dead letters are paged by their stream sequence, not an opaque cursor: sequences are
 * what staff read in logs and replay by, so "from sequence N" is a useful query itself.
 */
export const deadLetterPageSchema = z
  .object({
    items: z.array(deadLetterSchema),
    nextSequence: z.int().nullable().describe('Pass as `fromSequence` for the next page; null on the last'),
  })
  .strict();
export type DeadLetterPage = z.infer<typeof deadLetterPageSchema>;

export const deadLetterRoutes = {
  list: defineRoute({
    operationId: 'listDeadLetters',
    method: 'GET',
    path: '/v1/dead-letters',
    summary: 'Lists the messages consumers gave up on, oldest first (network staff)',
    tag: 'dead-letters',
    access: { kind: 'roles', roles: ['network-staff'] },
    query: z
      .object({
        fromSequence: sequence.optional(),
        limit: pageQueryShape.limit,
      })
      .strict(),
    response: deadLetterPageSchema,
  }),
  replay: defineRoute({
    operationId: 'replayDeadLetter',
    method: 'POST',
    path: '/v1/dead-letters/:sequence/replay',
    summary: 'Publishes a dead letter again on its original subject and removes it (network staff)',
    tag: 'dead-letters',
    access: { kind: 'roles', roles: ['network-staff'] },
    params: z.object({ sequence }).strict(),
    status: 202,
    response: z.object({ sequence: z.int(), replayed: z.literal(true) }).strict(),
    errors: [DEAD_LETTER_PROBLEMS.notFound],
  }),
};

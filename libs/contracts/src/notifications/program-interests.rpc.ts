import { z } from 'zod';
import { pageOf, pageQueryShape } from '../http/pagination';
import type { RpcOperation } from '../rpc/rpc-operation';

// Following an exchange program (issue #6): who follows one is told when its window opens,
// reminded before it closes, and told when its dates change or it is paused or cancelled.

export const PROGRAM_INTEREST_PROBLEMS = {
  programUnknown: {
    code: 'PROGRAM_INTEREST.PROGRAM_UNKNOWN',
    status: 404,
    description: 'No published exchange program with this id (or it is over).',
  },
} as const;

const byProgram = z.object({ exchangeProgramId: z.uuid({ message: 'must be a UUID' }) }).strict();

export const programInterestSchema = z
  .object({ exchangeProgramId: z.uuid(), title: z.string(), following: z.boolean() })
  .meta({ id: 'ProgramInterest' });

/** A program the caller follows, with what the notifications service knows of it (as its events told). */
export const followedProgramSchema = z
  .object({
    exchangeProgramId: z.uuid(),
    title: z.string(),
    season: z.int(),
    /** published | open | closed | paused | cancelled | completed */
    status: z.string(),
    applicationOpensAt: z.iso.datetime(),
    applicationClosesAt: z.iso.datetime(),
    followedAt: z.iso.datetime(),
  })
  .meta({ id: 'FollowedProgram' });
export type FollowedProgram = z.infer<typeof followedProgramSchema>;

export const listFollowedProgramsQuerySchema = z.object({ ...pageQueryShape }).strict();
export const followedProgramsPageSchema = pageOf(followedProgramSchema);

export const programInterestsOperations = {
  'program-interests.follow': { request: byProgram, response: programInterestSchema },
  'program-interests.unfollow': { request: byProgram, response: programInterestSchema },
  /** Whether the caller follows the program (also one that is over). */
  'program-interests.get-mine': { request: byProgram, response: programInterestSchema },
  /** The programs the caller follows, the latest followed first. */
  'program-interests.list-mine': { request: listFollowedProgramsQuerySchema, response: followedProgramsPageSchema },
} satisfies Record<string, RpcOperation>;

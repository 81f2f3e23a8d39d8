import { z } from 'zod';
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

export const programInterestsOperations = {
  'program-interests.follow': { request: byProgram, response: programInterestSchema },
  'program-interests.unfollow': { request: byProgram, response: programInterestSchema },
} satisfies Record<string, RpcOperation>;

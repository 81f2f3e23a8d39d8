import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { PROGRAM_INTEREST_PROBLEMS, type CallerIdentity, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import { recipientOfCaller } from '../../../known-facts/infra/caller-recipient';

export type GetInterestQuery = RpcParsedRequest<'program-interests.get-mine'>;

/** Whether the caller follows an exchange program (also one that is over, which they may still unfollow). */
@Injectable()
export class GetInterestHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute({ exchangeProgramId }: GetInterestQuery, caller: CallerIdentity | undefined) {
    const program = await this.db.knownExchangeProgram.findUnique({ where: { id: exchangeProgramId } });
    if (!program) throw problemError(PROGRAM_INTEREST_PROBLEMS.programUnknown);
    const recipient = await recipientOfCaller(this.db, caller);
    const interest = await this.db.programInterest.findUnique({
      where: { exchangeProgramId_recipientId: { exchangeProgramId, recipientId: recipient.id } },
    });
    return { exchangeProgramId, title: program.title, following: interest !== null };
  }
}

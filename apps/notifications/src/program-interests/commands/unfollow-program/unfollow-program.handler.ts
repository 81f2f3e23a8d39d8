import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { PROGRAM_INTEREST_PROBLEMS, type CallerIdentity, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import { recipientOfCaller } from '../../../known-facts/infra/caller-recipient';

export type UnfollowProgramCommand = RpcParsedRequest<'program-interests.unfollow'>;

/** The caller stops following an exchange program (also one that is over). */
@Injectable()
export class UnfollowProgramHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute({ exchangeProgramId }: UnfollowProgramCommand, caller: CallerIdentity | undefined) {
    const program = await this.db.knownExchangeProgram.findUnique({ where: { id: exchangeProgramId } });
    if (!program) throw problemError(PROGRAM_INTEREST_PROBLEMS.programUnknown);
    const recipient = await recipientOfCaller(this.db, caller);
    await this.db.programInterest.deleteMany({ where: { exchangeProgramId, recipientId: recipient.id } });
    return { exchangeProgramId, title: program.title, following: false };
  }
}

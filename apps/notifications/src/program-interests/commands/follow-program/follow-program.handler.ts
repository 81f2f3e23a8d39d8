import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { PROGRAM_INTEREST_PROBLEMS, type CallerIdentity, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import { recipientOfCaller } from '../../../known-facts/infra/caller-recipient';
import { isFollowable } from '../../domain/followable';

export type FollowProgramCommand = RpcParsedRequest<'program-interests.follow'>;

/** The caller follows an exchange program: told of its window, dates and pauses (again: nothing changes). */
@Injectable()
export class FollowProgramHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute({ exchangeProgramId }: FollowProgramCommand, caller: CallerIdentity | undefined) {
    const program = await this.db.knownExchangeProgram.findUnique({ where: { id: exchangeProgramId } });
    if (!program || !isFollowable(program.status)) throw problemError(PROGRAM_INTEREST_PROBLEMS.programUnknown);
    const recipient = await recipientOfCaller(this.db, caller);
    await this.db.programInterest.upsert({
      where: { exchangeProgramId_recipientId: { exchangeProgramId, recipientId: recipient.id } },
      create: { exchangeProgramId, recipientId: recipient.id },
      update: {},
    });
    return { exchangeProgramId, title: program.title, following: true };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { PROGRAM_INTEREST_PROBLEMS, type CallerIdentity } from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import { recipientOfCaller } from '../audience/caller-recipient';

/** Programs that are over: nobody starts following them. */
const OVER = ['cancelled', 'completed'];

/** Following exchange programs: who is told of their windows, dates and pauses. */
@Injectable()
export class ProgramInterestsService {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async follow(caller: CallerIdentity | undefined, exchangeProgramId: string) {
    const program = await this.db.knownExchangeProgram.findUnique({ where: { id: exchangeProgramId } });
    if (!program || OVER.includes(program.status)) throw problemError(PROGRAM_INTEREST_PROBLEMS.programUnknown);
    const recipient = await recipientOfCaller(this.db, caller);
    await this.db.programInterest.upsert({
      where: { exchangeProgramId_recipientId: { exchangeProgramId, recipientId: recipient.id } },
      create: { exchangeProgramId, recipientId: recipient.id },
      update: {},
    });
    return { exchangeProgramId, title: program.title, following: true };
  }

  async unfollow(caller: CallerIdentity | undefined, exchangeProgramId: string) {
    const program = await this.db.knownExchangeProgram.findUnique({ where: { id: exchangeProgramId } });
    if (!program) throw problemError(PROGRAM_INTEREST_PROBLEMS.programUnknown);
    const recipient = await recipientOfCaller(this.db, caller);
    await this.db.programInterest.deleteMany({ where: { exchangeProgramId, recipientId: recipient.id } });
    return { exchangeProgramId, title: program.title, following: false };
  }
}

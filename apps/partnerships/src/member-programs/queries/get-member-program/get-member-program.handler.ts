import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, MemberProgramView, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { memberProgramError } from '../../domain/member-program.errors';
import { programReach, reaches } from '../../domain/program-reach';
import { PROGRAM_INCLUDE, toMemberProgramView } from '../../infra/member-program.record';

export type GetMemberProgramQuery = RpcParsedRequest<'member-programs.get'>;

/** One member program, for staff or its own admins (others are told it does not exist). */
@Injectable()
export class GetMemberProgramHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ memberProgramId }: GetMemberProgramQuery, caller: CallerIdentity | undefined): Promise<MemberProgramView> {
    if (!reaches(programReach(caller), memberProgramId)) throw memberProgramError('notFound');
    const record = await this.db.memberProgram.findUnique({
      where: { id: memberProgramId },
      include: PROGRAM_INCLUDE,
    });
    if (!record) throw memberProgramError('notFound');
    return toMemberProgramView(record, this.clock.now());
  }
}

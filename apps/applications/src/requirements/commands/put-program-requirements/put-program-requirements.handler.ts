import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, ProgramRequirementsView, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { managesProgram, RequirementErrors } from '../../domain/requirements.errors';
import { RequirementsRepository } from '../../infra/requirements.repository';
import { requirementsView } from '../../infra/requirements.views';

export type PutProgramRequirementsCommand = RpcParsedRequest<'requirements.put'>;

/**
 * Network staff or the admins of a program's member program set what applying to it
 * requires: documents, a questionnaire, a number of referees. Drafts are checked against
 * the requirements as they are when submitted; submitted applications keep what they gave.
 */
@Injectable()
export class PutProgramRequirementsHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly repository: RequirementsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: PutProgramRequirementsCommand, caller: CallerIdentity | undefined): Promise<ProgramRequirementsView> {
    const { exchangeProgramId, ...body } = command;
    return this.db.$transaction(async (tx) => {
      const program = (await knownProgramRepository.findMany(tx, [exchangeProgramId])).get(exchangeProgramId);
      if (!program || !managesProgram(caller, program)) throw RequirementErrors.programNotFound(exchangeProgramId);
      await this.repository.save(tx, exchangeProgramId, body, caller?.accountId ?? null, this.clock.now());
      return requirementsView(program, await this.repository.forProgram(tx, program));
    });
  }
}

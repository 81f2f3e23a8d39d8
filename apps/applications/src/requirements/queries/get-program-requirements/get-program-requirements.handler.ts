import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, ProgramRequirementsView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { managesProgram, RequirementErrors } from '../../domain/requirements.errors';
import { RequirementsRepository } from '../../infra/requirements.repository';
import { requirementsView } from '../../infra/requirements.views';

export type GetProgramRequirementsQuery = RpcParsedRequest<'requirements.get'>;

/**
 * A program's requirements: for anyone (applicants read them before applying), or, with
 * `managed`, only for those who set them (another member program's admin gets 404).
 */
@Injectable()
export class GetProgramRequirementsHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly repository: RequirementsRepository,
  ) {}

  async execute(query: GetProgramRequirementsQuery, caller: CallerIdentity | undefined, managed: boolean): Promise<ProgramRequirementsView> {
    const program = (await knownProgramRepository.findMany(this.db, [query.exchangeProgramId])).get(query.exchangeProgramId);
    if (!program || (managed && !managesProgram(caller, program))) throw RequirementErrors.programNotFound(query.exchangeProgramId);
    const requirements = await this.repository.forProgram(this.db, program);
    return requirementsView(program, requirements);
  }
}

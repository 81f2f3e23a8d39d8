import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, RefereesView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { RequirementErrors } from '../../../requirements/domain/requirements.errors';
import { myApplication } from '../../../requirements/infra/my-application';
import { RequirementsRepository } from '../../../requirements/infra/requirements.repository';
import { REFEREE_FIELDS, refereesView } from '../../infra/recommendation.views';

export type GetRefereesQuery = RpcParsedRequest<'referees.get-mine'>;

/** The referees the applicant named for one choice, each `requested` or `received` (never the letter). */
@Injectable()
export class GetRefereesHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly requirements: RequirementsRepository,
  ) {}

  async execute(query: GetRefereesQuery, caller: CallerIdentity | undefined): Promise<RefereesView> {
    const application = await myApplication(this.db, query.applicationId, applicantIdOf(caller));
    const program = (await knownProgramRepository.findMany(this.db, [query.exchangeProgramId])).get(query.exchangeProgramId);
    if (!program || !application.choices.some((choice) => choice.exchangeProgramId === program.id)) throw RequirementErrors.choiceNotFound(query.exchangeProgramId);
    const required = (await this.requirements.forProgram(this.db, program)).recommendations;
    const rows = await this.db.recommendation.findMany({
      where: { applicationId: application.id, exchangeProgramId: program.id, cancelledAt: null },
      select: REFEREE_FIELDS,
      orderBy: { requestedAt: 'asc' },
    });
    return refereesView(application.id, program.id, required, rows);
  }
}

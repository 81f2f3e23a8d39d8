import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, RpcParsedRequest, RubricView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ReviewErrors } from '../../domain/review.errors';
import { managedProgram } from '../../infra/managed-program';
import { rubricRepository, toRubricView } from '../../infra/rubric.repository';

export type GetRubricQuery = RpcParsedRequest<'review.get-rubric'>;

/** The program's rubric, for its managers. */
@Injectable()
export class GetRubricHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: GetRubricQuery, caller: CallerIdentity | undefined): Promise<RubricView> {
    await managedProgram(this.db, caller, query.exchangeProgramId);
    const rubric = await rubricRepository.find(this.db, query.exchangeProgramId);
    if (!rubric) throw ReviewErrors.noRubric(query.exchangeProgramId);
    return toRubricView(rubric.row);
  }
}

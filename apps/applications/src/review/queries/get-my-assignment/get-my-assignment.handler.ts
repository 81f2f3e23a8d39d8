import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { AssignmentDetailView, CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { RequirementsRepository } from '../../../requirements/infra/requirements.repository';
import { assignmentDetail } from '../../infra/assignment.views';
import { myReading } from '../../infra/my-reading';

export type GetMyAssignmentQuery = RpcParsedRequest<'review.get-my-assignment'>;

/**
 * One of the caller's readings with what they need to score it, the program's material
 * included (anyone else's, or one of a withdrawn or erased application, does not exist for them).
 */
@Injectable()
export class GetMyAssignmentHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly requirements: RequirementsRepository,
  ) {}

  async execute(query: GetMyAssignmentQuery, caller: CallerIdentity | undefined): Promise<AssignmentDetailView> {
    const { reading } = await myReading(this.db, caller, query.applicationId, query.exchangeProgramId);
    return assignmentDetail(this.db, reading, this.requirements);
  }
}

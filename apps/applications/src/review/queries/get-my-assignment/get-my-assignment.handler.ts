import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { AssignmentDetailView, CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ReviewErrors } from '../../domain/review.errors';
import { assignmentDetail } from '../../infra/assignment.views';
import { reviewedProgram } from '../../infra/managed-program';

export type GetMyAssignmentQuery = RpcParsedRequest<'review.get-my-assignment'>;

/** One of the caller's readings with what they need to score it (anyone else's does not exist for them). */
@Injectable()
export class GetMyAssignmentHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: GetMyAssignmentQuery, caller: CallerIdentity | undefined): Promise<AssignmentDetailView> {
    const { applicationId, exchangeProgramId } = query;
    await reviewedProgram(this.db, caller, applicationId, exchangeProgramId);
    const row = await this.db.reviewAssignment.findUnique({
      where: { applicationId_exchangeProgramId_reviewerId: { applicationId, exchangeProgramId, reviewerId: caller!.accountId } },
    });
    if (!row) throw ReviewErrors.assignmentNotFound(applicationId, exchangeProgramId);
    return assignmentDetail(this.db, row);
  }
}

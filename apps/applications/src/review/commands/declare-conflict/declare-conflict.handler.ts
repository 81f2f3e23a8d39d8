import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type PrismaClient } from '@scn-prisma/applications';
import type { AssignmentDetailView, CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { ReviewErrors } from '../../domain/review.errors';
import { RequirementsRepository } from '../../../requirements/infra/requirements.repository';
import { assignmentDetail } from '../../infra/assignment.views';
import { reviewedProgram, seasonMatched } from '../../infra/managed-program';
import { readingRepository } from '../../infra/reading.repository';

export type DeclareConflictCommand = RpcParsedRequest<'review.declare-conflict'>;

/**
 * The reviewer declares a conflict of interest with their reading: it is excluded (any
 * scores it had are cleared; it is never counted). Declaring it again changes nothing.
 */
@Injectable()
export class DeclareConflictHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly requirements: RequirementsRepository,
  ) {}

  execute(command: DeclareConflictCommand, caller: CallerIdentity | undefined): Promise<AssignmentDetailView> {
    const { applicationId, exchangeProgramId } = command;
    return this.db.$transaction(async (tx) => {
      const program = await reviewedProgram(tx, caller, applicationId, exchangeProgramId);
      const reading = await readingRepository.lockMine(tx, caller, applicationId, exchangeProgramId);
      if (reading.conflictDeclaredAt) return assignmentDetail(tx, reading, this.requirements);
      if (await seasonMatched(tx, program.season)) throw ReviewErrors.matchingCommitted(program.season);
      const updated = await readingRepository.update(tx, reading, {
        conflictDeclaredAt: this.clock.now(),
        conflictNote: command.note,
        scores: Prisma.DbNull,
        weightedSum: null,
        weightTotal: null,
        scoredAt: null,
      });
      return assignmentDetail(tx, updated, this.requirements);
    });
  }
}

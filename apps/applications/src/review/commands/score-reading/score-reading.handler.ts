import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { AssignmentDetailView, CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { scoreReading } from '../../domain/rubric';
import { ReviewErrors } from '../../domain/review.errors';
import { RequirementsRepository } from '../../../requirements/infra/requirements.repository';
import { assignmentDetail } from '../../infra/assignment.views';
import { candidacyRepository } from '../../infra/candidacy.repository';
import { reviewedProgram, seasonMatched } from '../../infra/managed-program';
import { readingRepository } from '../../infra/reading.repository';
import { rubricRepository, shareRubric } from '../../infra/rubric.repository';

export type ScoreReadingCommand = RpcParsedRequest<'review.score-my-reading'>;

/**
 * The reviewer scores their reading: every criterion of the program's rubric 1–5, and a
 * comment. Scoring again before the season's matching is committed replaces the scores;
 * a reading with a declared conflict of interest is never scored.
 */
@Injectable()
export class ScoreReadingHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly requirements: RequirementsRepository,
  ) {}

  execute(command: ScoreReadingCommand, caller: CallerIdentity | undefined): Promise<AssignmentDetailView> {
    const { applicationId, exchangeProgramId } = command;
    return this.db.$transaction(async (tx) => {
      const program = await reviewedProgram(tx, caller, applicationId, exchangeProgramId);
      const reading = await readingRepository.lockMine(tx, caller, applicationId, exchangeProgramId);
      if (reading.conflictDeclaredAt) throw ReviewErrors.conflictDeclared();
      const candidate = await tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } });
      if (candidate.status !== 'in_review' && candidate.status !== 'submitted') throw ReviewErrors.notReviewable(candidate.status);
      if (await seasonMatched(tx, program.season)) throw ReviewErrors.matchingCommitted(program.season);
      await candidacyRepository.candidate(tx, exchangeProgramId, applicationId);
      await shareRubric(tx, exchangeProgramId);
      const rubric = await rubricRepository.find(tx, exchangeProgramId);
      if (!rubric) throw ReviewErrors.rubricMissing();
      const score = scoreReading(rubric.criteria, command.scores);
      const updated = await readingRepository.update(tx, reading, {
        scores: { ...command.scores },
        weightedSum: score.weightedSum,
        weightTotal: score.weightTotal,
        comment: command.comment,
        scoredAt: this.clock.now(),
      });
      return assignmentDetail(tx, updated, this.requirements);
    });
  }
}

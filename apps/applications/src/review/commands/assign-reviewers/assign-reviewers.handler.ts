import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, CandidateView, FieldViolation, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { reviewerRefusal } from '../../domain/known-reviewer';
import { ReviewErrors } from '../../domain/review.errors';
import { candidacyRepository } from '../../infra/candidacy.repository';
import { candidateViews } from '../../infra/candidate.views';
import { knownReviewerRepository } from '../../infra/known-reviewer.repository';
import { managedProgram, seasonMatched } from '../../infra/managed-program';

export type AssignReviewersCommand = RpcParsedRequest<'review.assign-reviewers'>;

const RULE_MESSAGES = {
  known_reviewer: 'is not a reviewer account',
  reviewer_of_program: 'does not review this program',
  active_reviewer: 'is a disabled account',
  own_application: 'is the applicant',
} as const;

/**
 * Assigns readers to a complete candidacy: each must be a known reviewer whose role covers
 * the program and whose account is not disabled (every refusal names `reviewerIds.N` and
 * its rule). A reviewer already assigned keeps their reading as it is.
 */
@Injectable()
export class AssignReviewersHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: AssignReviewersCommand, caller: CallerIdentity | undefined): Promise<CandidateView> {
    const { exchangeProgramId, applicationId, reviewerIds, round } = command;
    return this.db.$transaction(async (tx) => {
      const program = await managedProgram(tx, caller, exchangeProgramId);
      const candidate = await candidacyRepository.candidate(tx, exchangeProgramId, applicationId);
      const candidacy = await candidacyRepository.lock(tx, exchangeProgramId, applicationId);
      if (!candidacy?.completedAt) throw ReviewErrors.notComplete();
      if (await seasonMatched(tx, program.season)) throw ReviewErrors.matchingCommitted(program.season);
      const known = await knownReviewerRepository.findMany(tx, reviewerIds);
      const violations: FieldViolation[] = reviewerIds.flatMap((id, index) => {
        const rule = reviewerRefusal(known.get(id), exchangeProgramId, candidate.applicantId);
        return rule ? [{ field: `reviewerIds.${index}`, rule, message: RULE_MESSAGES[rule] }] : [];
      });
      if (violations.length) throw ReviewErrors.notAReviewer(violations);
      await tx.reviewAssignment.createMany({
        data: reviewerIds.map((reviewerId) => ({ applicationId, exchangeProgramId, reviewerId, round, assignedBy: caller!.accountId, assignedAt: this.clock.now() })),
        skipDuplicates: true,
      });
      const [view] = await candidateViews(tx, exchangeProgramId, [applicationId]);
      return view!;
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, CandidateView, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';
import { ReviewErrors } from '../../domain/review.errors';
import { candidacyRepository } from '../../infra/candidacy.repository';
import { candidateViews } from '../../infra/candidate.views';
import { managedProgram, seasonMatched } from '../../infra/managed-program';

export type CompleteCandidacyCommand = RpcParsedRequest<'review.complete-candidacy'>;

/**
 * Staff or the program's admins mark a submitted application complete for the program:
 * reviewers may then be assigned, and the application moves from submitted to in review
 * (a history line names who). Marking it again changes nothing.
 */
@Injectable()
export class CompleteCandidacyHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runner: ApplicationCommandRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: CompleteCandidacyCommand, caller: CallerIdentity | undefined): Promise<CandidateView> {
    const { exchangeProgramId, applicationId } = command;
    return this.db.$transaction(async (tx) => {
      const program = await managedProgram(tx, caller, exchangeProgramId);
      await candidacyRepository.candidate(tx, exchangeProgramId, applicationId);
      // The application's row lock (taken by the runner) orders concurrent marks of one application.
      await this.runner.changeAsActorIn(tx, applicationId, caller!.accountId, async (application) => {
        const candidacy = await candidacyRepository.lock(tx, exchangeProgramId, applicationId);
        if (candidacy?.completedAt) return; // already complete: nothing changes
        const status = application.state.status;
        if (status !== 'submitted' && status !== 'in_review') throw ReviewErrors.notReviewable(status);
        if (await seasonMatched(tx, program.season)) throw ReviewErrors.matchingCommitted(program.season);
        await candidacyRepository.complete(tx, exchangeProgramId, applicationId, caller!.accountId, this.clock.now());
        application.startReview(exchangeProgramId);
      });
      const [view] = await candidateViews(tx, exchangeProgramId, [applicationId]);
      return view!;
    });
  }
}

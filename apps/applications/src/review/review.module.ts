import { Module } from '@nestjs/common';
import { ApplicationsFeatureModule } from '../applications/applications.module';
import { ApplyAccountEventHandler } from './commands/apply-account-event/apply-account-event.handler';
import { AssignReviewersHandler } from './commands/assign-reviewers/assign-reviewers.handler';
import { CompleteCandidacyHandler } from './commands/complete-candidacy/complete-candidacy.handler';
import { DeclareConflictHandler } from './commands/declare-conflict/declare-conflict.handler';
import { PutRubricHandler } from './commands/put-rubric/put-rubric.handler';
import { ScoreReadingHandler } from './commands/score-reading/score-reading.handler';
import { GetMyAssignmentHandler } from './queries/get-my-assignment/get-my-assignment.handler';
import { GetRankingHandler } from './queries/get-ranking/get-ranking.handler';
import { GetRubricHandler } from './queries/get-rubric/get-rubric.handler';
import { ListCandidatesHandler } from './queries/list-candidates/list-candidates.handler';
import { ListMyAssignmentsHandler } from './queries/list-my-assignments/list-my-assignments.handler';
import { AccountEventsController } from './transport/account-events.controller';
import { ReviewRpcController } from './transport/review.rpc-controller';

const COMMANDS = [PutRubricHandler, CompleteCandidacyHandler, AssignReviewersHandler, ScoreReadingHandler, DeclareConflictHandler, ApplyAccountEventHandler];
const QUERIES = [GetRubricHandler, ListCandidatesHandler, GetRankingHandler, ListMyAssignmentsHandler, GetMyAssignmentHandler];

/**
 * Review (issue #13, item 4): rubrics, complete candidacies and their readers for the
 * programs' managers; readings scored by reviewers (known from the gateway's account
 * events); the programs' rankings the matching reads (`ProgramRankings`).
 */
@Module({
  imports: [ApplicationsFeatureModule],
  controllers: [ReviewRpcController, AccountEventsController],
  providers: [...COMMANDS, ...QUERIES],
})
export class ReviewModule {}

import { Module } from '@nestjs/common';
import { ApplicationsFeatureModule } from '../applications/applications.module';
import { DocumentsModule } from '../documents/documents.module';
import { RequirementsModule } from '../requirements/requirements.module';
import { ApplyAccountEventHandler } from './commands/apply-account-event/apply-account-event.handler';
import { AssignReviewersHandler } from './commands/assign-reviewers/assign-reviewers.handler';
import { CompleteCandidacyHandler } from './commands/complete-candidacy/complete-candidacy.handler';
import { DeclareConflictHandler } from './commands/declare-conflict/declare-conflict.handler';
import { PutRubricHandler } from './commands/put-rubric/put-rubric.handler';
import { ScoreReadingHandler } from './commands/score-reading/score-reading.handler';
import { DownloadCandidateDocumentHandler } from './queries/download-candidate-document/download-candidate-document.handler';
import { DownloadCandidateLetterHandler } from './queries/download-candidate-letter/download-candidate-letter.handler';
import { DownloadReadingDocumentHandler } from './queries/download-reading-document/download-reading-document.handler';
import { DownloadReadingLetterHandler } from './queries/download-reading-letter/download-reading-letter.handler';
import { GetCandidateMaterialHandler } from './queries/get-candidate-material/get-candidate-material.handler';
import { GetMyAssignmentHandler } from './queries/get-my-assignment/get-my-assignment.handler';
import { GetRankingHandler } from './queries/get-ranking/get-ranking.handler';
import { GetRubricHandler } from './queries/get-rubric/get-rubric.handler';
import { ListCandidatesHandler } from './queries/list-candidates/list-candidates.handler';
import { ListMyAssignmentsHandler } from './queries/list-my-assignments/list-my-assignments.handler';
import { AccountEventsController } from './transport/account-events.controller';
import { ReviewRpcController } from './transport/review.rpc-controller';

const COMMANDS = [PutRubricHandler, CompleteCandidacyHandler, AssignReviewersHandler, ScoreReadingHandler, DeclareConflictHandler, ApplyAccountEventHandler];
const QUERIES = [GetRubricHandler, ListCandidatesHandler, GetRankingHandler, ListMyAssignmentsHandler, GetMyAssignmentHandler, GetCandidateMaterialHandler];
/** Files of a candidacy: a reviewer's of their reading, managers' of a candidate (through the object store, from DocumentsModule). */
const DOWNLOADS = [DownloadReadingDocumentHandler, DownloadReadingLetterHandler, DownloadCandidateDocumentHandler, DownloadCandidateLetterHandler];

/**
 * Review (issue #13, item 4): rubrics, complete candidacies and their readers for the
 * programs' managers; readings scored by reviewers (known from the gateway's account
 * events), who read the material of their program (answers, documents, letters); the
 * scores kept on each candidacy, which the rankings and the matching read.
 */
@Module({
  imports: [ApplicationsFeatureModule, RequirementsModule, DocumentsModule],
  controllers: [ReviewRpcController, AccountEventsController],
  providers: [...COMMANDS, ...QUERIES, ...DOWNLOADS],
})
export class ReviewModule {}

import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { AssignReviewersHandler, type AssignReviewersCommand } from '../commands/assign-reviewers/assign-reviewers.handler';
import { CompleteCandidacyHandler, type CompleteCandidacyCommand } from '../commands/complete-candidacy/complete-candidacy.handler';
import { DeclareConflictHandler, type DeclareConflictCommand } from '../commands/declare-conflict/declare-conflict.handler';
import { PutRubricHandler, type PutRubricCommand } from '../commands/put-rubric/put-rubric.handler';
import { ScoreReadingHandler, type ScoreReadingCommand } from '../commands/score-reading/score-reading.handler';
import { DownloadCandidateDocumentHandler, type DownloadCandidateDocumentQuery } from '../queries/download-candidate-document/download-candidate-document.handler';
import { DownloadCandidateLetterHandler, type DownloadCandidateLetterQuery } from '../queries/download-candidate-letter/download-candidate-letter.handler';
import { DownloadReadingDocumentHandler, type DownloadReadingDocumentQuery } from '../queries/download-reading-document/download-reading-document.handler';
import { DownloadReadingLetterHandler, type DownloadReadingLetterQuery } from '../queries/download-reading-letter/download-reading-letter.handler';
import { GetCandidateMaterialHandler, type GetCandidateMaterialQuery } from '../queries/get-candidate-material/get-candidate-material.handler';
import { GetMyAssignmentHandler, type GetMyAssignmentQuery } from '../queries/get-my-assignment/get-my-assignment.handler';
import { GetRankingHandler, type GetRankingQuery } from '../queries/get-ranking/get-ranking.handler';
import { GetRubricHandler, type GetRubricQuery } from '../queries/get-rubric/get-rubric.handler';
import { ListCandidatesHandler, type ListCandidatesQuery } from '../queries/list-candidates/list-candidates.handler';
import { ListMyAssignmentsHandler, type ListMyAssignmentsQuery } from '../queries/list-my-assignments/list-my-assignments.handler';

/** Review operations over request/reply: each hands the parsed request and the caller to one use case. */
@Controller()
export class ReviewRpcController {
  constructor(
    private readonly putRubricHandler: PutRubricHandler,
    private readonly getRubricHandler: GetRubricHandler,
    private readonly listCandidatesHandler: ListCandidatesHandler,
    private readonly completeHandler: CompleteCandidacyHandler,
    private readonly assignHandler: AssignReviewersHandler,
    private readonly rankingHandler: GetRankingHandler,
    private readonly listMineHandler: ListMyAssignmentsHandler,
    private readonly getMineHandler: GetMyAssignmentHandler,
    private readonly scoreHandler: ScoreReadingHandler,
    private readonly conflictHandler: DeclareConflictHandler,
    private readonly readingDocumentHandler: DownloadReadingDocumentHandler,
    private readonly readingLetterHandler: DownloadReadingLetterHandler,
    private readonly candidateMaterialHandler: GetCandidateMaterialHandler,
    private readonly candidateDocumentHandler: DownloadCandidateDocumentHandler,
    private readonly candidateLetterHandler: DownloadCandidateLetterHandler,
  ) {}

  @OnRpc('review.put-rubric')
  putRubric(@Payload() command: PutRubricCommand, @Ctx() ctx: RpcContext) {
    return this.putRubricHandler.execute(command, ctx.caller);
  }

  @OnRpc('review.get-rubric')
  getRubric(@Payload() query: GetRubricQuery, @Ctx() ctx: RpcContext) {
    return this.getRubricHandler.execute(query, ctx.caller);
  }

  @OnRpc('review.list-candidates')
  listCandidates(@Payload() query: ListCandidatesQuery, @Ctx() ctx: RpcContext) {
    return this.listCandidatesHandler.execute(query, ctx.caller);
  }

  @OnRpc('review.complete-candidacy')
  complete(@Payload() command: CompleteCandidacyCommand, @Ctx() ctx: RpcContext) {
    return this.completeHandler.execute(command, ctx.caller);
  }

  @OnRpc('review.assign-reviewers')
  assign(@Payload() command: AssignReviewersCommand, @Ctx() ctx: RpcContext) {
    return this.assignHandler.execute(command, ctx.caller);
  }

  @OnRpc('review.get-ranking')
  ranking(@Payload() query: GetRankingQuery, @Ctx() ctx: RpcContext) {
    return this.rankingHandler.execute(query, ctx.caller);
  }

  @OnRpc('review.list-my-assignments')
  listMine(@Payload() query: ListMyAssignmentsQuery, @Ctx() ctx: RpcContext) {
    return this.listMineHandler.execute(query, ctx.caller);
  }

  @OnRpc('review.get-my-assignment')
  getMine(@Payload() query: GetMyAssignmentQuery, @Ctx() ctx: RpcContext) {
    return this.getMineHandler.execute(query, ctx.caller);
  }

  @OnRpc('review.score-my-reading')
  score(@Payload() command: ScoreReadingCommand, @Ctx() ctx: RpcContext) {
    return this.scoreHandler.execute(command, ctx.caller);
  }

  @OnRpc('review.declare-conflict')
  declareConflict(@Payload() command: DeclareConflictCommand, @Ctx() ctx: RpcContext) {
    return this.conflictHandler.execute(command, ctx.caller);
  }

  @OnRpc('review.download-my-document')
  downloadReadingDocument(@Payload() query: DownloadReadingDocumentQuery, @Ctx() ctx: RpcContext) {
    return this.readingDocumentHandler.execute(query, ctx.caller);
  }

  @OnRpc('review.download-my-letter')
  downloadReadingLetter(@Payload() query: DownloadReadingLetterQuery, @Ctx() ctx: RpcContext) {
    return this.readingLetterHandler.execute(query, ctx.caller);
  }

  @OnRpc('review.get-candidate-material')
  candidateMaterial(@Payload() query: GetCandidateMaterialQuery, @Ctx() ctx: RpcContext) {
    return this.candidateMaterialHandler.execute(query, ctx.caller);
  }

  @OnRpc('review.download-candidate-document')
  downloadCandidateDocument(@Payload() query: DownloadCandidateDocumentQuery, @Ctx() ctx: RpcContext) {
    return this.candidateDocumentHandler.execute(query, ctx.caller);
  }

  @OnRpc('review.download-candidate-letter')
  downloadCandidateLetter(@Payload() query: DownloadCandidateLetterQuery, @Ctx() ctx: RpcContext) {
    return this.candidateLetterHandler.execute(query, ctx.caller);
  }
}

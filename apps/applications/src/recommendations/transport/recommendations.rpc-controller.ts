import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { PutRefereesHandler, type PutRefereesCommand } from '../commands/put-referees/put-referees.handler';
import { UploadLetterHandler, type UploadLetterCommand } from '../commands/upload-letter/upload-letter.handler';
import { GetRecommendationRequestHandler, type GetRecommendationRequestQuery } from '../queries/get-recommendation-request/get-recommendation-request.handler';
import { GetRefereesHandler, type GetRefereesQuery } from '../queries/get-referees/get-referees.handler';

/** Referees (the applicant's) and letters (the referee's, by their link) over request/reply. */
@Controller()
export class RecommendationsRpcController {
  constructor(
    private readonly putReferees: PutRefereesHandler,
    private readonly getReferees: GetRefereesHandler,
    private readonly getRequest: GetRecommendationRequestHandler,
    private readonly uploadLetter: UploadLetterHandler,
  ) {}

  @OnRpc('referees.put-mine')
  put(@Payload() command: PutRefereesCommand, @Ctx() ctx: RpcContext) {
    return this.putReferees.execute(command, ctx.caller);
  }

  @OnRpc('referees.get-mine')
  get(@Payload() query: GetRefereesQuery, @Ctx() ctx: RpcContext) {
    return this.getReferees.execute(query, ctx.caller);
  }

  @OnRpc('recommendations.get-by-token')
  request(@Payload() query: GetRecommendationRequestQuery) {
    return this.getRequest.execute(query);
  }

  @OnRpc('recommendations.put-letter')
  letter(@Payload() command: UploadLetterCommand) {
    return this.uploadLetter.execute(command);
  }
}

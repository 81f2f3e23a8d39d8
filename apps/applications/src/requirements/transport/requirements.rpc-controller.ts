import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { PutAnswersHandler, type PutAnswersCommand } from '../commands/put-answers/put-answers.handler';
import { PutProgramRequirementsHandler, type PutProgramRequirementsCommand } from '../commands/put-program-requirements/put-program-requirements.handler';
import { GetAnswersHandler, type GetAnswersQuery } from '../queries/get-answers/get-answers.handler';
import { GetChecklistHandler, type GetChecklistQuery } from '../queries/get-checklist/get-checklist.handler';
import { GetProgramRequirementsHandler, type GetProgramRequirementsQuery } from '../queries/get-program-requirements/get-program-requirements.handler';

/** Program requirements, questionnaire answers and the checklist over request/reply: each hands the request and the caller to one use case. */
@Controller()
export class RequirementsRpcController {
  constructor(
    private readonly getRequirements: GetProgramRequirementsHandler,
    private readonly putRequirements: PutProgramRequirementsHandler,
    private readonly getAnswers: GetAnswersHandler,
    private readonly putAnswers: PutAnswersHandler,
    private readonly getChecklist: GetChecklistHandler,
  ) {}

  @OnRpc('requirements.get')
  get(@Payload() query: GetProgramRequirementsQuery, @Ctx() ctx: RpcContext) {
    return this.getRequirements.execute(query, ctx.caller, false);
  }

  @OnRpc('requirements.get-managed')
  getManaged(@Payload() query: GetProgramRequirementsQuery, @Ctx() ctx: RpcContext) {
    return this.getRequirements.execute(query, ctx.caller, true);
  }

  @OnRpc('requirements.put')
  put(@Payload() command: PutProgramRequirementsCommand, @Ctx() ctx: RpcContext) {
    return this.putRequirements.execute(command, ctx.caller);
  }

  @OnRpc('answers.get-mine')
  answers(@Payload() query: GetAnswersQuery, @Ctx() ctx: RpcContext) {
    return this.getAnswers.execute(query, ctx.caller);
  }

  @OnRpc('answers.put-mine')
  answer(@Payload() command: PutAnswersCommand, @Ctx() ctx: RpcContext) {
    return this.putAnswers.execute(command, ctx.caller);
  }

  @OnRpc('checklist.get-mine')
  checklist(@Payload() query: GetChecklistQuery, @Ctx() ctx: RpcContext) {
    return this.getChecklist.execute(query, ctx.caller);
  }
}

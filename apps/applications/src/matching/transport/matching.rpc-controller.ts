import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { CommitMatchingRunHandler, type CommitMatchingRunCommand } from '../commands/commit-matching-run/commit-matching-run.handler';
import { StartMatchingRunHandler, type StartMatchingRunCommand } from '../commands/start-matching-run/start-matching-run.handler';
import { GetMatchingRunHandler, type GetMatchingRunQuery } from '../queries/get-matching-run/get-matching-run.handler';
import { ListMatchingOutcomesHandler, type ListMatchingOutcomesQuery } from '../queries/list-matching-outcomes/list-matching-outcomes.handler';
import { ListMatchingRunsHandler, type ListMatchingRunsQuery } from '../queries/list-matching-runs/list-matching-runs.handler';

/** The matching-run operations over request/reply (network staff: the gateway lets no one else call them). */
@Controller()
export class MatchingRpcController {
  constructor(
    private readonly startHandler: StartMatchingRunHandler,
    private readonly commitHandler: CommitMatchingRunHandler,
    private readonly getHandler: GetMatchingRunHandler,
    private readonly listHandler: ListMatchingRunsHandler,
    private readonly outcomesHandler: ListMatchingOutcomesHandler,
  ) {}

  @OnRpc('matching-runs.start')
  start(@Payload() command: StartMatchingRunCommand, @Ctx() ctx: RpcContext) {
    return this.startHandler.execute(command, ctx.caller);
  }

  @OnRpc('matching-runs.commit')
  commit(@Payload() command: CommitMatchingRunCommand, @Ctx() ctx: RpcContext) {
    return this.commitHandler.execute(command, ctx.caller);
  }

  @OnRpc('matching-runs.get')
  get(@Payload() query: GetMatchingRunQuery) {
    return this.getHandler.execute(query);
  }

  @OnRpc('matching-runs.list')
  list(@Payload() query: ListMatchingRunsQuery) {
    return this.listHandler.execute(query);
  }

  @OnRpc('matching-runs.outcomes')
  outcomes(@Payload() query: ListMatchingOutcomesQuery) {
    return this.outcomesHandler.execute(query);
  }
}

import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { CorrectRowHandler, type CorrectRowCommand } from '../commands/correct-row/correct-row.handler';
import { ResolveRowHandler, type ResolveRowCommand } from '../commands/resolve-row/resolve-row.handler';
import { StartImportHandler, type StartImportCommand } from '../commands/start-import/start-import.handler';
import { GetImportHandler, type GetImportQuery } from '../queries/get-import/get-import.handler';
import { ListImportProblemsHandler, type ListImportProblemsQuery } from '../queries/list-import-problems/list-import-problems.handler';
import { ListImportsHandler, type ListImportsQuery } from '../queries/list-imports/list-imports.handler';

/** Bulk imports over request/reply; requests arrive validated (and defaulted) against their contract schemas. */
@Controller()
export class ImportsRpcController {
  constructor(
    private readonly startHandler: StartImportHandler,
    private readonly getHandler: GetImportHandler,
    private readonly listHandler: ListImportsHandler,
    private readonly problemsHandler: ListImportProblemsHandler,
    private readonly resolveHandler: ResolveRowHandler,
    private readonly correctHandler: CorrectRowHandler,
  ) {}

  @OnRpc('imports.start')
  start(@Payload() command: StartImportCommand, @Ctx() ctx: RpcContext) {
    return this.startHandler.execute(command, ctx.caller);
  }

  @OnRpc('imports.get')
  get(@Payload() query: GetImportQuery, @Ctx() ctx: RpcContext) {
    return this.getHandler.execute(query, ctx.caller);
  }

  @OnRpc('imports.list')
  list(@Payload() query: ListImportsQuery, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(query, ctx.caller);
  }

  @OnRpc('imports.list-problems')
  listProblems(@Payload() query: ListImportProblemsQuery, @Ctx() ctx: RpcContext) {
    return this.problemsHandler.execute(query, ctx.caller);
  }

  @OnRpc('imports.resolve-row')
  resolveRow(@Payload() command: ResolveRowCommand, @Ctx() ctx: RpcContext) {
    return this.resolveHandler.execute(command, ctx.caller);
  }

  @OnRpc('imports.correct-row')
  correctRow(@Payload() command: CorrectRowCommand, @Ctx() ctx: RpcContext) {
    return this.correctHandler.execute(command, ctx.caller);
  }
}

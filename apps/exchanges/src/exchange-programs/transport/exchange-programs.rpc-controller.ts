import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { RpcParsedRequest } from '@scn/contracts';
import { OnRpc, RpcContext } from '@scn/messaging';
import { ChangeProgramStatusHandler } from '../commands/change-program-status/change-program-status.handler';
import {
  CreateExchangeProgramHandler,
  type CreateExchangeProgramCommand,
} from '../commands/create-exchange-program/create-exchange-program.handler';
import {
  PublishExchangeProgramHandler,
  type PublishExchangeProgramCommand,
} from '../commands/publish-exchange-program/publish-exchange-program.handler';
import {
  UpdateExchangeProgramHandler,
  type UpdateExchangeProgramCommand,
} from '../commands/update-exchange-program/update-exchange-program.handler';
import { CountByCategoryHandler } from '../queries/count-by-category/count-by-category.handler';
import { CountByStatusHandler } from '../queries/count-by-status/count-by-status.handler';
import { GetExchangeProgramHandler, type GetExchangeProgramQuery } from '../queries/get-exchange-program/get-exchange-program.handler';
import {
  GetPublicExchangeProgramHandler,
  type GetPublicExchangeProgramQuery,
} from '../queries/get-public-exchange-program/get-public-exchange-program.handler';
import { ListExchangeProgramsHandler, type ListExchangeProgramsQuery } from '../queries/list-exchange-programs/list-exchange-programs.handler';
import { SearchCatalogueHandler, type SearchCatalogueQuery } from '../queries/search-catalogue/search-catalogue.handler';

/** The exchange-programs operations over request/reply: each hands the parsed request and the caller to one use case. */
@Controller()
export class ExchangeProgramsRpcController {
  constructor(
    private readonly createHandler: CreateExchangeProgramHandler,
    private readonly updateHandler: UpdateExchangeProgramHandler,
    private readonly publishHandler: PublishExchangeProgramHandler,
    private readonly statusHandler: ChangeProgramStatusHandler,
    private readonly getHandler: GetExchangeProgramHandler,
    private readonly getPublicHandler: GetPublicExchangeProgramHandler,
    private readonly listHandler: ListExchangeProgramsHandler,
    private readonly catalogueHandler: SearchCatalogueHandler,
    private readonly statusCountsHandler: CountByStatusHandler,
    private readonly categoryCountsHandler: CountByCategoryHandler,
  ) {}

  /** The public statistics' programs by category. */
  @OnRpc('exchange-programs.category-counts')
  categoryCounts(@Payload() _request: RpcParsedRequest<'exchange-programs.category-counts'>) {
    return this.categoryCountsHandler.execute();
  }

  /** The network dashboard's programs by status (staff only). */
  @OnRpc('exchange-programs.status-counts')
  statusCounts(@Payload() _request: RpcParsedRequest<'exchange-programs.status-counts'>, @Ctx() ctx: RpcContext) {
    return this.statusCountsHandler.execute(ctx.caller);
  }

  @OnRpc('exchange-programs.create')
  create(@Payload() command: CreateExchangeProgramCommand, @Ctx() ctx: RpcContext) {
    return this.createHandler.execute(command, ctx.caller);
  }

  @OnRpc('exchange-programs.update')
  update(@Payload() command: UpdateExchangeProgramCommand, @Ctx() ctx: RpcContext) {
    return this.updateHandler.execute(command, ctx.caller);
  }

  @OnRpc('exchange-programs.publish')
  publish(@Payload() command: PublishExchangeProgramCommand, @Ctx() ctx: RpcContext) {
    return this.publishHandler.execute(command, ctx.caller);
  }

  @OnRpc('exchange-programs.close')
  close(@Payload() request: RpcParsedRequest<'exchange-programs.close'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.execute({ ...request, step: 'close' }, ctx.caller);
  }

  @OnRpc('exchange-programs.allocate')
  allocate(@Payload() request: RpcParsedRequest<'exchange-programs.allocate'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.execute({ ...request, step: 'allocate' }, ctx.caller);
  }

  @OnRpc('exchange-programs.start')
  start(@Payload() request: RpcParsedRequest<'exchange-programs.start'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.execute({ ...request, step: 'start' }, ctx.caller);
  }

  @OnRpc('exchange-programs.complete')
  complete(@Payload() request: RpcParsedRequest<'exchange-programs.complete'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.execute({ ...request, step: 'complete' }, ctx.caller);
  }

  @OnRpc('exchange-programs.cancel')
  cancel(@Payload() request: RpcParsedRequest<'exchange-programs.cancel'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.execute({ ...request, step: 'cancel' }, ctx.caller);
  }

  /** A manager's pause, with their note: only a manager resumes it. */
  @OnRpc('exchange-programs.pause')
  pause(@Payload() request: RpcParsedRequest<'exchange-programs.pause'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.execute({ ...request, step: 'pause' }, ctx.caller);
  }

  @OnRpc('exchange-programs.resume')
  resume(@Payload() request: RpcParsedRequest<'exchange-programs.resume'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.execute({ ...request, step: 'resume' }, ctx.caller);
  }

  @OnRpc('exchange-programs.get')
  get(@Payload() query: GetExchangeProgramQuery, @Ctx() ctx: RpcContext) {
    return this.getHandler.execute(query, ctx.caller);
  }

  @OnRpc('exchange-programs.list')
  list(@Payload() query: ListExchangeProgramsQuery, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(query, ctx.caller);
  }

  @OnRpc('exchange-programs.get-public')
  getPublic(@Payload() query: GetPublicExchangeProgramQuery) {
    return this.getPublicHandler.execute(query);
  }

  @OnRpc('exchange-programs.catalogue')
  catalogue(@Payload() query: SearchCatalogueQuery) {
    return this.catalogueHandler.execute(query);
  }
}

import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { ChangeProgramStatusHandler } from '../commands/change-program-status/change-program-status.handler';
import { CreateExchangeProgramHandler } from '../commands/create-exchange-program/create-exchange-program.handler';
import { PublishExchangeProgramHandler } from '../commands/publish-exchange-program/publish-exchange-program.handler';
import { UpdateExchangeProgramHandler } from '../commands/update-exchange-program/update-exchange-program.handler';
import type { ExchangeProgramsRequest as Req } from '../exchange-programs.requests';
import { GetExchangeProgramQuery } from '../queries/get-exchange-program/get-exchange-program.query';
import { ListExchangeProgramsQuery } from '../queries/list-exchange-programs/list-exchange-programs.query';
import { SearchCatalogueQuery } from '../queries/search-catalogue/search-catalogue.query';

/** The exchange-programs operations over request/reply: each hands the parsed request and the caller to one use case. */
@Controller()
export class ExchangeProgramsRpcController {
  constructor(
    private readonly createHandler: CreateExchangeProgramHandler,
    private readonly updateHandler: UpdateExchangeProgramHandler,
    private readonly publishHandler: PublishExchangeProgramHandler,
    private readonly statusHandler: ChangeProgramStatusHandler,
    private readonly getQuery: GetExchangeProgramQuery,
    private readonly listQuery: ListExchangeProgramsQuery,
    private readonly catalogueQuery: SearchCatalogueQuery,
  ) {}

  @OnRpc('exchange-programs.create')
  create(@Payload() request: Req<'exchange-programs.create'>, @Ctx() ctx: RpcContext) {
    return this.createHandler.execute(request, ctx.caller);
  }

  @OnRpc('exchange-programs.update')
  update(@Payload() request: Req<'exchange-programs.update'>, @Ctx() ctx: RpcContext) {
    return this.updateHandler.execute(request, ctx.caller);
  }

  @OnRpc('exchange-programs.publish')
  publish(@Payload() request: Req<'exchange-programs.publish'>, @Ctx() ctx: RpcContext) {
    return this.publishHandler.execute(request, ctx.caller);
  }

  @OnRpc('exchange-programs.close')
  close(@Payload() request: Req<'exchange-programs.close'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.step('close', request.exchangeProgramId, ctx.caller);
  }

  @OnRpc('exchange-programs.allocate')
  allocate(@Payload() request: Req<'exchange-programs.allocate'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.step('allocate', request.exchangeProgramId, ctx.caller);
  }

  @OnRpc('exchange-programs.start')
  start(@Payload() request: Req<'exchange-programs.start'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.step('start', request.exchangeProgramId, ctx.caller);
  }

  @OnRpc('exchange-programs.complete')
  complete(@Payload() request: Req<'exchange-programs.complete'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.step('complete', request.exchangeProgramId, ctx.caller);
  }

  @OnRpc('exchange-programs.cancel')
  cancel(@Payload() request: Req<'exchange-programs.cancel'>, @Ctx() ctx: RpcContext) {
    return this.statusHandler.cancel(request.exchangeProgramId, request.reason, ctx.caller);
  }

  @OnRpc('exchange-programs.get')
  get(@Payload() request: Req<'exchange-programs.get'>, @Ctx() ctx: RpcContext) {
    return this.getQuery.forManager(request.exchangeProgramId, ctx.caller);
  }

  @OnRpc('exchange-programs.list')
  list(@Payload() request: Req<'exchange-programs.list'>, @Ctx() ctx: RpcContext) {
    return this.listQuery.execute(request, ctx.caller);
  }

  @OnRpc('exchange-programs.get-public')
  getPublic(@Payload() request: Req<'exchange-programs.get-public'>) {
    return this.getQuery.forPublic(request.exchangeProgramId);
  }

  @OnRpc('exchange-programs.catalogue')
  catalogue(@Payload() request: Req<'exchange-programs.catalogue'>) {
    return this.catalogueQuery.execute(request);
  }
}

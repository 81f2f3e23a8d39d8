import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { CreateCityHandler, type CreateCityCommand } from '../commands/create-city/create-city.handler';
import { GetCityHandler } from '../queries/get-city/get-city.handler';
import { SearchCitiesHandler, type SearchCitiesQuery } from '../queries/search-cities/search-cities.handler';

/** The gazetteer over request/reply; requests arrive parsed by their contract schemas (defaults applied). */
@Controller()
export class CitiesRpcController {
  constructor(
    private readonly searchHandler: SearchCitiesHandler,
    private readonly getHandler: GetCityHandler,
    private readonly createHandler: CreateCityHandler,
  ) {}

  @OnRpc('cities.search')
  search(@Payload() request: SearchCitiesQuery) {
    return this.searchHandler.execute(request);
  }

  @OnRpc('cities.get')
  get(@Payload() request: { id: string }) {
    return this.getHandler.execute(request.id);
  }

  @OnRpc('cities.create')
  create(@Payload() request: CreateCityCommand, @Ctx() ctx: RpcContext) {
    return this.createHandler.execute(request, ctx.caller);
  }
}

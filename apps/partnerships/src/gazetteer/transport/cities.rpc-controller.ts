import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { CreateCityHandler, type CreateCityCommand } from '../commands/create-city/create-city.handler';
import { GetCityHandler, type GetCityQuery } from '../queries/get-city/get-city.handler';
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
  search(@Payload() query: SearchCitiesQuery) {
    return this.searchHandler.execute(query);
  }

  @OnRpc('cities.get')
  get(@Payload() query: GetCityQuery) {
    return this.getHandler.execute(query);
  }

  @OnRpc('cities.create')
  create(@Payload() command: CreateCityCommand, @Ctx() ctx: RpcContext) {
    return this.createHandler.execute(command, ctx.caller);
  }
}

import { Module } from '@nestjs/common';
import { CreateCityHandler } from './commands/create-city/create-city.handler';
import { GetCityHandler } from './queries/get-city/get-city.handler';
import { SearchCitiesHandler } from './queries/search-cities/search-cities.handler';
import { CitiesRpcController } from './transport/cities.rpc-controller';

/**
 * The cities of the world (GeoNames, loaded by prisma/seed/gazetteer.js) and the ones
 * staff add. Other features match names through `domain/normalize-name.ts`.
 */
@Module({
  controllers: [CitiesRpcController],
  providers: [SearchCitiesHandler, GetCityHandler, CreateCityHandler],
})
export class GazetteerModule {}

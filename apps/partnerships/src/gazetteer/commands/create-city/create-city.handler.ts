import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, City, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { cityError } from '../../domain/city.errors';
import { toCityView } from '../../infra/city.record';
import { addStaffCity } from '../../infra/staff-city.writer';

export type CreateCityCommand = RpcParsedRequest<'cities.create'>;

/**
 * Staff add a city the gazetteer lacks. One of the same name (or alternate name) and
 * country within 10 km is taken for the same city and refused, naming it.
 */
@Injectable()
export class CreateCityHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(command: CreateCityCommand, caller: CallerIdentity | undefined): Promise<City> {
    // The gateway lets only staff through; a service never assumes who is calling.
    if (!caller?.grants.some((grant) => grant.role === 'network-staff')) throw cityError('staffOnly');
    const created = await this.db.$transaction((tx) => addStaffCity(tx, command));
    return toCityView(created);
  }
}

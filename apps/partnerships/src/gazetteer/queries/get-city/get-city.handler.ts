import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import type { City, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { cityError } from '../../domain/city.errors';
import { toCityView } from '../../infra/city.record';

export type GetCityQuery = RpcParsedRequest<'cities.get'>;

/** One city of the gazetteer, for anyone. */
@Injectable()
export class GetCityHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute({ id }: GetCityQuery): Promise<City> {
    const record = await this.db.city.findUnique({ where: { id } });
    if (!record) throw cityError('notFound', `No city ${id} in the gazetteer`);
    return toCityView(record);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/exchanges';
import { isStoredDay, type Page, type PublicExchangeProgramView, type RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, decodeCursor, encodeCursor, isUuid, type Clock } from '@scn/platform';
import { fromIsoDate, toPublicView } from '../../infra/exchange-program.mapper';

export type SearchCatalogueQuery = RpcParsedRequest<'exchange-programs.catalogue'>;


/**
 * The public catalogue: published programs, not paused, whose window is open or still to
 * come, soonest travel first. `country` matches either city's country (copied from the
 * partnership's events when the program was created).
 */
@Injectable()
export class SearchCatalogueHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: SearchCatalogueQuery): Promise<Page<PublicExchangeProgramView>> {
    const where: Prisma.ExchangeProgramWhereInput[] = [{ status: 'published', paused: false, applicationClosesAt: { gt: this.clock.now() } }];
    if (query.category) where.push({ category: query.category });
    if (query.city) where.push({ OR: [{ memberCityId: query.city }, { partnerCityId: query.city }] });
    if (query.country) where.push({ OR: [{ memberCountryCode: query.country }, { partnerCountryCode: query.country }] });
    if (query.language) where.push({ languages: { has: query.language } });
    if (query.travelFrom) where.push({ travelStart: { gte: fromIsoDate(query.travelFrom) } });
    if (query.travelTo) where.push({ travelEnd: { lte: fromIsoDate(query.travelTo) } });
    if (query.age !== undefined) {
      where.push({ eligibility: { path: ['minAge'], lte: query.age } }, { eligibility: { path: ['maxAge'], gte: query.age } });
    }
    if (query.cursor) {
      const [day = '', id = ''] = decodeCursor(query.cursor, (key) => key.length === 2 && isStoredDay(key[0] ?? '') && isUuid(key[1] ?? ''));
      const travelStart = fromIsoDate(day);
      where.push({ OR: [{ travelStart: { gt: travelStart } }, { travelStart, id: { gt: id } }] });
    }
    const rows = await this.db.exchangeProgram.findMany({
      where: { AND: where },
      orderBy: [{ travelStart: 'asc' }, { id: 'asc' }],
      take: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toPublicView),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.travelStart.toISOString().slice(0, 10), last.id]) : null,
    };
  }
}

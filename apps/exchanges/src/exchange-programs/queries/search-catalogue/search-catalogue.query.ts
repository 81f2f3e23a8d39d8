import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/exchanges';
import type { Page, PublicExchangeProgramView } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import type { ExchangeProgramsRequest } from '../../exchange-programs.requests';
import { EXCHANGES_CLOCK, type Clock } from '../../infra/clock';
import { fromIsoDate, toPublicView } from '../../infra/exchange-program.mapper';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The public catalogue: published programs, not paused, whose window is open or still to
 * come, soonest travel first. `country` matches either city's country (copied from the
 * partnership's events when the program was created).
 */
@Injectable()
export class SearchCatalogueQuery {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(EXCHANGES_CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: ExchangeProgramsRequest<'exchange-programs.catalogue'>): Promise<Page<PublicExchangeProgramView>> {
    const where: Prisma.ExchangeProgramWhereInput[] = [{ status: 'published', paused: false, applicationClosesAt: { gt: this.clock() } }];
    if (request.category) where.push({ category: request.category });
    if (request.city) where.push({ OR: [{ memberCityId: request.city }, { partnerCityId: request.city }] });
    if (request.country) where.push({ OR: [{ memberCountryCode: request.country }, { partnerCountryCode: request.country }] });
    if (request.language) where.push({ languages: { has: request.language } });
    if (request.travelFrom) where.push({ travelStart: { gte: fromIsoDate(request.travelFrom) } });
    if (request.travelTo) where.push({ travelEnd: { lte: fromIsoDate(request.travelTo) } });
    if (request.age !== undefined) {
      where.push({ eligibility: { path: ['minAge'], lte: request.age } }, { eligibility: { path: ['maxAge'], gte: request.age } });
    }
    if (request.cursor) {
      const [day = '', id = ''] = decodeCursor(request.cursor, (key) => key.length === 2 && isDay(key[0] ?? '') && isUuid(key[1] ?? ''));
      const travelStart = fromIsoDate(day);
      where.push({ OR: [{ travelStart: { gt: travelStart } }, { travelStart, id: { gt: id } }] });
    }
    const rows = await this.db.exchangeProgram.findMany({
      where: { AND: where },
      orderBy: [{ travelStart: 'asc' }, { id: 'asc' }],
      take: request.limit + 1,
    });
    const page = rows.slice(0, request.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toPublicView),
      nextCursor: rows.length > request.limit && last ? encodeCursor([last.travelStart.toISOString().slice(0, 10), last.id]) : null,
    };
  }
}

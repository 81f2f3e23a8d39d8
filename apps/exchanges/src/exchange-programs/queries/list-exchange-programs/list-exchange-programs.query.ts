import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/exchanges';
import type { CallerIdentity, ExchangeProgramView, Page } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { managerScopeOf } from '../../domain/program-access';
import type { ExchangeProgramsRequest } from '../../exchange-programs.requests';
import { toManagementView } from '../../infra/exchange-program.mapper';

/** Programs the caller manages, newest first: staff all, a program admin those of their member programs. */
@Injectable()
export class ListExchangeProgramsQuery {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(request: ExchangeProgramsRequest<'exchange-programs.list'>, caller: CallerIdentity | undefined): Promise<Page<ExchangeProgramView>> {
    const scope = managerScopeOf(caller);
    const where: Prisma.ExchangeProgramWhereInput[] = [];
    // The scope comes from the caller's grants only, never from the query.
    if (!scope.all) where.push({ memberProgramId: { in: scope.memberProgramIds.filter(isUuid) } });
    if (request.status) where.push({ status: request.status });
    if (request.partnershipId) where.push({ partnershipId: request.partnershipId });
    if (request.memberProgramId) where.push({ memberProgramId: request.memberProgramId });
    if (request.season !== undefined) where.push({ season: request.season });
    if (request.cursor) {
      const [lastId] = decodeCursor(request.cursor, (key) => key.length === 1 && isUuid(key[0] ?? ''));
      where.push({ id: { lt: lastId } });
    }
    const rows = await this.db.exchangeProgram.findMany({
      where: { AND: where },
      orderBy: { id: 'desc' },
      take: request.limit + 1,
      include: { changes: { orderBy: [{ at: 'desc' }, { id: 'desc' }], take: 5 } },
    });
    const page = rows.slice(0, request.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toManagementView(row, row.changes)),
      nextCursor: rows.length > request.limit && last ? encodeCursor([last.id]) : null,
    };
  }
}

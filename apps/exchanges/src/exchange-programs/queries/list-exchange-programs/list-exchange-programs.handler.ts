import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/exchanges';
import type { CallerIdentity, ExchangeProgramView, Page, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { managerScopeOf } from '../../domain/program-access';
import { toManagementView } from '../../infra/exchange-program.mapper';

export type ListExchangeProgramsQuery = RpcParsedRequest<'exchange-programs.list'>;

/** Programs the caller manages, newest first: staff all, a program admin those of their member programs. */
@Injectable()
export class ListExchangeProgramsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListExchangeProgramsQuery, caller: CallerIdentity | undefined): Promise<Page<ExchangeProgramView>> {
    const scope = managerScopeOf(caller);
    const where: Prisma.ExchangeProgramWhereInput[] = [];
    // The scope comes from the caller's grants only, never from the query.
    if (!scope.all) where.push({ memberProgramId: { in: scope.memberProgramIds.filter(isUuid) } });
    if (query.status) where.push({ status: query.status });
    if (query.partnershipId) where.push({ partnershipId: query.partnershipId });
    if (query.memberProgramId) where.push({ memberProgramId: query.memberProgramId });
    if (query.season !== undefined) where.push({ season: query.season });
    if (query.cursor) {
      const [lastId] = decodeCursor(query.cursor, (key) => key.length === 1 && isUuid(key[0] ?? ''));
      where.push({ id: { lt: lastId } });
    }
    const rows = await this.db.exchangeProgram.findMany({
      where: { AND: where },
      orderBy: { id: 'desc' },
      take: query.limit + 1,
      include: { changes: { orderBy: [{ at: 'desc' }, { id: 'desc' }], take: 5 } },
    });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toManagementView(row, row.changes)),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
    };
  }
}

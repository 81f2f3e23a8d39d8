import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, Page, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor } from '@scn/platform';
import { actorFor, canSee } from '../../domain/partnership.actor';
import { PartnershipErrors } from '../../domain/partnership.errors';
import { isUuid } from '../../infra/is-uuid';
import { toChangeView } from '../../infra/partnership.views';

export type ListPartnershipHistoryQuery = RpcParsedRequest<'partnerships.history'>;

/** Every change of a partnership (who, when, what), oldest first, one page at a time. */
@Injectable()
export class ListPartnershipHistoryHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(
    query: ListPartnershipHistoryQuery,
    caller: CallerIdentity | undefined,
  ): Promise<Page<ReturnType<typeof toChangeView>>> {
    const partnership = await this.db.partnership.findUnique({
      where: { id: query.partnershipId },
      select: { memberProgramId: true, partnerCityId: true },
    });
    if (!partnership || !canSee(actorFor(caller, partnership))) throw PartnershipErrors.notFound(query.partnershipId);
    // History ids are UUIDv7 written under the partnership's lock: their order is the order of the changes.
    const after = query.cursor ? decodeCursor(query.cursor, ([last = '', ...rest]) => isUuid(last) && rest.length === 0)[0] : undefined;
    const rows = await this.db.partnershipChange.findMany({
      where: { partnershipId: query.partnershipId, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return { items: page.map(toChangeView), nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null };
  }
}

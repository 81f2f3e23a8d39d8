import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, Page } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor } from '@scn/platform';
import { actorFor, canSee } from '../../domain/partnership.actor';
import { PartnershipErrors } from '../../domain/partnership.errors';
import { isUuid } from '../../infra/is-uuid';
import { toChangeView } from '../../infra/partnership.views';
import type { PartnershipsRequest } from '../../partnerships.requests';

/** Every change of a partnership (who, when, what), oldest first, one page at a time. */
@Injectable()
export class PartnershipHistoryQuery {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(
    request: PartnershipsRequest<'partnerships.history'>,
    caller: CallerIdentity | undefined,
  ): Promise<Page<ReturnType<typeof toChangeView>>> {
    const partnership = await this.db.partnership.findUnique({
      where: { id: request.partnershipId },
      select: { memberProgramId: true, partnerCityId: true },
    });
    if (!partnership || !canSee(actorFor(caller, partnership))) throw PartnershipErrors.notFound(request.partnershipId);
    // History ids are UUIDv7 written under the partnership's lock: their order is the order of the changes.
    const after = request.cursor ? decodeCursor(request.cursor, ([last = '', ...rest]) => isUuid(last) && rest.length === 0)[0] : undefined;
    const rows = await this.db.partnershipChange.findMany({
      where: { partnershipId: request.partnershipId, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: 'asc' },
      take: request.limit + 1,
    });
    const page = rows.slice(0, request.limit);
    const last = page.at(-1);
    return { items: page.map(toChangeView), nextCursor: rows.length > request.limit && last ? encodeCursor([last.id]) : null };
  }
}

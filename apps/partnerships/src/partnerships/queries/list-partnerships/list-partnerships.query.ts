import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, Page } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor } from '@scn/platform';
import { visibilityOf } from '../../domain/partnership.actor';
import { isUuid } from '../../infra/is-uuid';
import { toPartnershipSummary } from '../../infra/partnership.views';
import type { PartnershipsRequest } from '../../partnerships.requests';

type Summary = ReturnType<typeof toPartnershipSummary>;

/**
 * Partnerships the caller may see (staff all; a program admin its programs'; a partner
 * contact its city's), newest first, filtered, one keyset page at a time.
 */
@Injectable()
export class ListPartnershipsQuery {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(request: PartnershipsRequest<'partnerships.list'>, caller: CallerIdentity | undefined): Promise<Page<Summary>> {
    const scope = visibleTo(caller);
    if (!scope) return { items: [], nextCursor: null };
    const filters: Prisma.PartnershipWhereInput[] = [scope];
    if (request.status) filters.push({ status: request.status });
    if (request.memberProgramId) filters.push({ memberProgramId: request.memberProgramId });
    if (request.partnerCityId) filters.push({ partnerCityId: request.partnerCityId });
    if (request.country) {
      filters.push({ OR: [{ memberCity: { countryCode: request.country } }, { partnerCity: { countryCode: request.country } }] });
    }
    if (request.cursor) {
      const [createdAt = '', id = ''] = decodeCursor(
        request.cursor,
        ([at = '', last = '', ...rest]) => !Number.isNaN(Date.parse(at)) && isUuid(last) && rest.length === 0,
      );
      const at = new Date(createdAt);
      filters.push({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }] });
    }
    const rows = await this.db.partnership.findMany({
      where: { AND: filters },
      include: { memberCity: true, partnerCity: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: request.limit + 1,
    });
    const page = rows.slice(0, request.limit);
    const last = page.at(-1);
    return {
      items: page.map(toPartnershipSummary),
      nextCursor: rows.length > request.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }
}

/** The caller's scope as a filter; null when they may see none. */
function visibleTo(caller: CallerIdentity | undefined): Prisma.PartnershipWhereInput | null {
  const visibility = visibilityOf(caller);
  if (visibility.all) return {};
  const mine: Prisma.PartnershipWhereInput[] = [];
  // Scope ids come from grants: a malformed one must not make the query on a uuid column fail.
  if (visibility.memberProgramIds.length > 0) mine.push({ memberProgramId: { in: visibility.memberProgramIds.filter(isUuid) } });
  if (visibility.partnerCityIds.length > 0) mine.push({ partnerCityId: { in: visibility.partnerCityIds } });
  return mine.length > 0 ? { OR: mine } : null;
}

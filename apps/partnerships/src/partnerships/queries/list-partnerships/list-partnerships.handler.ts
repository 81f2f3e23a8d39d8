import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/partnerships';
import { isStoredInstant, type AgreementSide, type CallerIdentity, type Page, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor } from '@scn/platform';
import { visibilityOf } from '../../domain/partnership.actor';
import { LIFECYCLE } from '../../domain/partnership.transitions';
import { isUuid } from '../../infra/is-uuid';
import { summaryInclude, toPartnershipSummary } from '../../infra/partnership.views';

export type ListPartnershipsQuery = RpcParsedRequest<'partnerships.list'>;
type Summary = ReturnType<typeof toPartnershipSummary>;

/**
 * Partnerships the caller may see (staff all; a program admin its programs'; a partner
 * contact its city's), newest first, filtered, one keyset page at a time.
 */
@Injectable()
export class ListPartnershipsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListPartnershipsQuery, caller: CallerIdentity | undefined): Promise<Page<Summary>> {
    const scope = visibleTo(caller);
    if (!scope) return { items: [], nextCursor: null };
    const filters: Prisma.PartnershipWhereInput[] = [scope];
    if (query.status) filters.push({ status: query.status });
    if (query.memberProgramId) filters.push({ memberProgramId: query.memberProgramId });
    if (query.partnerCityId) filters.push({ partnerCityId: query.partnerCityId });
    if (query.country) {
      filters.push({ OR: [{ memberCity: { countryCode: query.country } }, { partnerCity: { countryCode: query.country } }] });
    }
    if (query.awaitingApprovalBy) filters.push(await this.awaitingApprovalBy(query.awaitingApprovalBy));
    if (query.cursor) {
      const [createdAt = '', id = ''] = decodeCursor(
        query.cursor,
        ([at = '', last = '', ...rest]) => isStoredInstant(at) && isUuid(last) && rest.length === 0,
      );
      const at = new Date(createdAt);
      filters.push({ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }] });
    }
    const rows = await this.db.partnership.findMany({
      where: { AND: filters },
      include: summaryInclude,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toPartnershipSummary),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }

  /**
   * What waits for `side`: its signature on the current version (`unsignedBy`), or its
   * approval of an ending the other side proposed, where the status still allows approving
   * it. The ending is a condition on the partnership's own row (its `pending_termination`
   * column), so both are answered by the list's one query, the cards' summaries included.
   */
  private async awaitingApprovalBy(side: AgreementSide): Promise<Prisma.PartnershipWhereInput> {
    const otherSide: AgreementSide = side === 'member' ? 'partner' : 'member';
    return {
      OR: [
        { id: { in: await this.unsignedBy(side) } },
        { status: { in: [...LIFECYCLE.approveTermination.from] }, pendingTermination: { path: ['side'], equals: otherSide } },
      ],
    };
  }

  /**
   * The partnerships whose current version is a draft that `side` has not signed, where
   * their status allows signing (as `sidesAwaitingApproval` says). Few at any time (a
   * draft waits for days, the thousands of imported partnerships are in force), so their
   * ids narrow the list's own query, which applies the caller's scope and the other filters.
   */
  private async unsignedBy(side: AgreementSide): Promise<string[]> {
    const statuses: string[] = [...LIFECYCLE.approve.from];
    const rows = await this.db.$queryRaw<Array<{ id: string }>>`
      SELECT p.id::text AS id
        FROM partnerships p
        JOIN agreement_versions v ON v.partnership_id = p.id AND v.version = p.current_version AND v.state = 'draft'
       WHERE p.status::text = ANY(${statuses}::text[])
         AND NOT EXISTS (
           SELECT 1 FROM approvals a
            WHERE a.partnership_id = p.id AND a.version = p.current_version AND a.side = ${side}::"AgreementSide")`;
    return rows.map((row) => row.id);
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

import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/applications';
import { grantsAllowedBy, type AssignmentSummaryView, type CallerIdentity, type Page, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { assignmentSummaries } from '../../infra/assignment.views';
import { unreadableApplicationsOf } from '../../infra/my-reading';

export type ListMyAssignmentsQuery = RpcParsedRequest<'review.list-my-assignments'>;

const STATE_FILTER = {
  open: { scoredAt: null, conflictDeclaredAt: null },
  scored: { scoredAt: { not: null }, conflictDeclaredAt: null },
  conflict: { conflictDeclaredAt: { not: null } },
} as const satisfies Record<string, Prisma.ReviewAssignmentWhereInput>;

/**
 * The caller's readings — open and done — in the programs their reviewer role covers
 * (blind where the rubric says so), by keyset pages; readings of applications withdrawn
 * or erased are left out.
 */
@Injectable()
export class ListMyAssignmentsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListMyAssignmentsQuery, caller: CallerIdentity | undefined): Promise<Page<AssignmentSummaryView>> {
    if (!caller) return { items: [], nextCursor: null };
    const programIds = grantsAllowedBy(caller, ['reviewer']).flatMap((grant) => grant.scopeIds);
    const after = query.cursor ? decodeCursor(query.cursor, (key) => key.length === 2 && key.every((part) => isUuid(part))) : null;
    const unreadable = await unreadableApplicationsOf(this.db, caller.accountId);
    const rows = await this.db.reviewAssignment.findMany({
      where: {
        reviewerId: caller.accountId,
        exchangeProgramId: { in: programIds },
        ...(unreadable.length ? { applicationId: { notIn: unreadable } } : {}),
        ...(query.state ? STATE_FILTER[query.state] : {}),
        ...(after
          ? { OR: [{ applicationId: { gt: after[0] } }, { applicationId: after[0], exchangeProgramId: { gt: after[1] } }] }
          : {}),
      },
      orderBy: [{ applicationId: 'asc' }, { exchangeProgramId: 'asc' }],
      take: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: await assignmentSummaries(this.db, page),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.applicationId, last.exchangeProgramId]) : null,
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, CandidateView, Page, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { candidatesOf, candidateViews } from '../../infra/candidate.views';
import { managedProgram } from '../../infra/managed-program';

export type ListCandidatesQuery = RpcParsedRequest<'review.list-candidates'>;

/**
 * The program's candidates — submitted applications (neither draft nor withdrawn) that
 * chose it — with their rank of it, completion, readers and current score, by keyset pages.
 */
@Injectable()
export class ListCandidatesHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListCandidatesQuery, caller: CallerIdentity | undefined): Promise<Page<CandidateView>> {
    await managedProgram(this.db, caller, query.exchangeProgramId);
    const after = query.cursor ? decodeCursor(query.cursor, (key) => key.length === 1 && isUuid(key[0]!))[0]! : null;
    const rows = await this.db.application.findMany({
      where: { ...candidatesOf(query.exchangeProgramId), ...(after ? { id: { gt: after } } : {}) },
      select: { id: true },
      orderBy: { id: 'asc' },
      take: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: await candidateViews(this.db, query.exchangeProgramId, page.map((row) => row.id)),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.id]) : null,
    };
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, Page, ApplicationView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { APPLICATION_INCLUDE, toApplicationView } from '../../infra/application.mapper';
import { ApplicationRepository } from '../../infra/application.repository';

export type ListMyApplicationsQuery = RpcParsedRequest<'applications.list-mine'>;

/** The caller's applications, newest season first (then newest first), by keyset pages. */
@Injectable()
export class ListMyApplicationsHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly repository: ApplicationRepository,
  ) {}

  async execute(query: ListMyApplicationsQuery, caller: CallerIdentity | undefined): Promise<Page<ApplicationView>> {
    const applicantId = applicantIdOf(caller);
    const after = query.cursor ? afterCursor(query.cursor) : null;
    const rows = await this.db.application.findMany({
      where: {
        applicantId,
        ...(query.season !== undefined ? { season: query.season } : {}),
        ...(after ? { OR: [{ season: { lt: after.season } }, { season: after.season, id: { lt: after.id } }] } : {}),
      },
      include: APPLICATION_INCLUDE,
      orderBy: [{ season: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const titles = await this.repository.titles(this.db, page.flatMap((row) => row.choices.map((choice) => choice.exchangeProgramId)));
    const last = page[page.length - 1];
    return {
      items: await Promise.all(page.map(async (row) => toApplicationView(row, titles, await this.repository.waiting(this.db, row.id)))),
      nextCursor: rows.length > query.limit && last ? encodeCursor([String(last.season), last.id]) : null,
    };
  }
}

function afterCursor(cursor: string): { season: number; id: string } {
  const [season, id] = decodeCursor(cursor, (key) => key.length === 2 && /^\d{4}$/.test(key[0]!) && isUuid(key[1]!));
  return { season: Number(season), id: id! };
}

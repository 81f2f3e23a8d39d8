import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, NominationView, Page, RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { hostScopes } from '../../domain/nomination-access';
import { nominationViews } from '../../infra/nomination.views';

export type ListNominationsQuery = RpcParsedRequest<'nominations.list'>;

/** The nominees the caller's city or member program hosts (staff: all), by application id. */
@Injectable()
export class ListNominationsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListNominationsQuery, caller: CallerIdentity | undefined): Promise<Page<NominationView>> {
    const after = query.cursor ? decodeCursor(query.cursor, (key) => key.length === 1 && isUuid(key[0]!))[0] : undefined;
    const rows = await nominationViews.page(this.db, hostScopes(caller), {
      exchangeProgramId: query.exchangeProgramId,
      status: query.status,
      after,
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    return { items: page, nextCursor: rows.length > query.limit ? encodeCursor([page[page.length - 1]!.applicationId]) : null };
  }
}

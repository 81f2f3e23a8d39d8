import { Injectable } from '@nestjs/common';
import type { MatchingRunSummaryView, Page, RpcParsedRequest } from '@scn/contracts';
import { decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { MatchingRunRepository, runSummaryView } from '../../infra/matching-run.repository';

export type ListMatchingRunsQuery = RpcParsedRequest<'matching-runs.list'>;

/** The runs made, previews and committed ones, newest first by keyset pages (one season's, if asked): what the matching page lists. */
@Injectable()
export class ListMatchingRunsHandler {
  constructor(private readonly runs: MatchingRunRepository) {}

  async execute(query: ListMatchingRunsQuery): Promise<Page<MatchingRunSummaryView>> {
    const beforeId = query.cursor ? decodeCursor(query.cursor, (key) => key.length === 1 && isUuid(key[0]!))[0] : undefined;
    const rows = await this.runs.list({ season: query.season, beforeId, limit: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(runSummaryView),
      nextCursor: rows.length > query.limit ? encodeCursor([page[page.length - 1]!.id]) : null,
    };
  }
}

import { Injectable } from '@nestjs/common';
import type { MatchingRunView, RpcParsedRequest } from '@scn/contracts';
import { MatchingErrors } from '../../domain/matching.errors';
import { MatchingRunRepository, runView } from '../../infra/matching-run.repository';

export type GetMatchingRunQuery = RpcParsedRequest<'matching-runs.get'>;

/** A run with its figures: placed, first choice, top three, unplaced, each program's fill per side. */
@Injectable()
export class GetMatchingRunHandler {
  constructor(private readonly runs: MatchingRunRepository) {}

  async execute(query: GetMatchingRunQuery): Promise<MatchingRunView> {
    const row = await this.runs.find(query.runId);
    if (!row) throw MatchingErrors.runNotFound(query.runId);
    return runView(row);
  }
}

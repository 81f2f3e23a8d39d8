import { Inject, Injectable } from '@nestjs/common';
import type { CallerIdentity, MatchingRunView, RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { BULK_SQL, BulkSql, CLOCK, rawSqlOf, type Clock } from '@scn/platform';
import { MatchingErrors } from '../../domain/matching.errors';
import { seasonFingerprint } from '../../domain/season-instance';
import { MatchingRunRepository, runView } from '../../infra/matching-run.repository';
import { readSeason } from '../../infra/season.reader';
import { lockSeason } from '../../../applications/infra/season-lock';
import { commitSeason, RUN_STATEMENT_TIMEOUT_MS } from '../season-run';

export type CommitMatchingRunCommand = RpcParsedRequest<'matching-runs.commit'>;

/**
 * Commits a preview: the season is read again under the season's lock; when what was read
 * differs from what the preview read (an application withdrawn, a score changed, places
 * changed), the commit is refused and a new preview is needed. When it is the same, the
 * preview's stored outcomes are what the matching gives (same season, same seed: the
 * engine is deterministic), so they are committed as they are, not computed again. A
 * season is committed once: a second commit (of this run or another) is refused.
 */
@Injectable()
export class CommitMatchingRunHandler {
  constructor(
    @Inject(BULK_SQL) private readonly bulk: BulkSql,
    private readonly runs: MatchingRunRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CommitMatchingRunCommand, caller: CallerIdentity | undefined): Promise<MatchingRunView> {
    const preview = await this.runs.find(command.runId);
    if (!preview) throw MatchingErrors.runNotFound(command.runId);
    return this.bulk.transaction(
      async (client) => {
        const sql = rawSqlOf(client);
        await lockSeason(sql, preview.season);
        if (await this.runs.seasonCommitted(sql, preview.season)) throw MatchingErrors.alreadyCommitted(preview.season);
        const season = await readSeason(client, preview.season);
        if (seasonFingerprint(season) !== preview.inputHash) throw MatchingErrors.stalePreview(preview.id);
        const now = this.clock.now();
        if (!(await this.runs.markCommitted(sql, preview.id, caller?.accountId ?? null, now))) throw MatchingErrors.alreadyCommitted(preview.season);
        await commitSeason(sql, this.outbox, preview, season.programIds, now);
        return runView((await this.runs.find(preview.id, sql))!);
      },
      { statementTimeoutMs: RUN_STATEMENT_TIMEOUT_MS },
    );
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { CallerIdentity, MatchingRunView, RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { BULK_SQL, BulkSql, CLOCK, rawSqlOf, type Clock } from '@scn/platform';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { MatchingErrors } from '../../domain/matching.errors';
import { MatchingRunRepository, runView } from '../../infra/matching-run.repository';
import { readSeason } from '../../infra/season.reader';
import { lockSeason } from '../../../applications/infra/season-lock';
import { commitSeason, matchSeason, RUN_STATEMENT_TIMEOUT_MS } from '../season-run';

export type StartMatchingRunCommand = RpcParsedRequest<'matching-runs.start'>;

/**
 * Runs the season's matching: as a preview (stored to be read and committed later,
 * nothing else changes) or committed at once (refused when the season already has a
 * committed run). Reading, matching and writing happen in one transaction, on a plain `pg`
 * connection (the season is read and the run written in bulk): a crash leaves the season
 * as it was.
 */
@Injectable()
export class StartMatchingRunHandler {
  constructor(
    @Inject(BULK_SQL) private readonly bulk: BulkSql,
    private readonly runs: MatchingRunRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: StartMatchingRunCommand, caller: CallerIdentity | undefined): Promise<MatchingRunView> {
    const seed = command.seed ?? randomBytes(8).toString('hex');
    return this.bulk.transaction(
      async (client) => {
        const sql = rawSqlOf(client);
        await lockSeason(sql, command.season);
        const commit = command.mode === 'commit';
        if (commit && (await this.runs.seasonCommitted(sql, command.season))) throw MatchingErrors.alreadyCommitted(command.season);
        const season = await readSeason(client, command.season);
        const matched = matchSeason(season, seed);
        const run = {
          id: uuidv7(),
          season: command.season,
          seed,
          status: commit ? ('committed' as const) : ('preview' as const),
          inputHash: matched.inputHash,
          statistics: matched.statistics,
          createdBy: caller?.accountId ?? null,
          createdAt: this.clock.now(),
        };
        await this.runs.insert(client, run, matched.outcomes, matched.waitlists);
        if (commit) await commitSeason(sql, this.outbox, run, season.programIds, run.createdAt);
        return runView((await this.runs.find(run.id, sql))!);
      },
      { statementTimeoutMs: RUN_STATEMENT_TIMEOUT_MS },
    );
  }
}

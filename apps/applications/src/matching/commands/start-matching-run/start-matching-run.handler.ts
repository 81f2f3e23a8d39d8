import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, MatchingRunView, RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { MatchingErrors } from '../../domain/matching.errors';
import { MatchingRunRepository, runView } from '../../infra/matching-run.repository';
import { lockSeason } from '../../../applications/infra/season-lock';
import { commitSeason, matchSeason, RUN_TRANSACTION } from '../season-run';

export type StartMatchingRunCommand = RpcParsedRequest<'matching-runs.start'>;

/**
 * Runs the season's matching: as a preview (stored to be read and committed later,
 * nothing else changes) or committed at once (refused when the season already has a
 * committed run). Reading, matching and writing happen in one transaction: a crash leaves
 * the season as it was.
 */
@Injectable()
export class StartMatchingRunHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runs: MatchingRunRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: StartMatchingRunCommand, caller: CallerIdentity | undefined): Promise<MatchingRunView> {
    const seed = command.seed ?? randomBytes(8).toString('hex');
    return this.db.$transaction(async (tx) => {
      await lockSeason(tx, command.season);
      const commit = command.mode === 'commit';
      if (commit && (await this.runs.committedOf(tx, command.season))) throw MatchingErrors.alreadyCommitted(command.season);
      const matched = await matchSeason(tx, command.season, seed);
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
      await this.runs.insert(tx, run, matched.outcomes, matched.waitlists);
      if (commit) await commitSeason(tx, this.outbox, run, matched, run.createdAt);
      return runView((await this.runs.find(run.id, tx))!);
    }, RUN_TRANSACTION);
  }
}

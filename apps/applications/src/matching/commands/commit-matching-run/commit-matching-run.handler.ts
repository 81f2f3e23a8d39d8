import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, MatchingRunView, RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { MatchingErrors } from '../../domain/matching.errors';
import { MatchingRunRepository, runView } from '../../infra/matching-run.repository';
import { lockSeason } from '../../../applications/infra/season-lock';
import { commitSeason, matchSeason, RUN_TRANSACTION } from '../season-run';

export type CommitMatchingRunCommand = RpcParsedRequest<'matching-runs.commit'>;

/**
 * Commits a preview: the season is read again and matched with the preview's seed; when
 * what was read differs from what the preview read (an application withdrawn, a score
 * changed, places changed), the commit is refused and a new preview is needed. A season
 * is committed once: a second commit (of this run or another) is refused.
 */
@Injectable()
export class CommitMatchingRunHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runs: MatchingRunRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CommitMatchingRunCommand, caller: CallerIdentity | undefined): Promise<MatchingRunView> {
    const preview = await this.runs.find(command.runId);
    if (!preview) throw MatchingErrors.runNotFound(command.runId);
    return this.db.$transaction(async (tx) => {
      await lockSeason(tx, preview.season);
      if (await this.runs.committedOf(tx, preview.season)) throw MatchingErrors.alreadyCommitted(preview.season);
      const matched = await matchSeason(tx, preview.season, preview.seed);
      if (matched.inputHash !== preview.inputHash) throw MatchingErrors.stalePreview(preview.id);
      const now = this.clock.now();
      if (!(await this.runs.markCommitted(tx, preview.id, caller?.accountId ?? null, now))) throw MatchingErrors.alreadyCommitted(preview.season);
      await commitSeason(tx, this.outbox, preview, matched, now);
      return runView((await this.runs.find(preview.id, tx))!);
    }, RUN_TRANSACTION);
  }
}

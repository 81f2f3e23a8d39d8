import { Module } from '@nestjs/common';
import { CommitMatchingRunHandler } from './commands/commit-matching-run/commit-matching-run.handler';
import { StartMatchingRunHandler } from './commands/start-matching-run/start-matching-run.handler';
import { MatchingRunRepository } from './infra/matching-run.repository';
import { GetMatchingRunHandler } from './queries/get-matching-run/get-matching-run.handler';
import { ListMatchingOutcomesHandler } from './queries/list-matching-outcomes/list-matching-outcomes.handler';
import { ListMatchingRunsHandler } from './queries/list-matching-runs/list-matching-runs.handler';
import { MatchingRpcController } from './transport/matching.rpc-controller';

/**
 * Matching runs over a season (issue #13): the engine in domain/ (deferred acceptance,
 * one seeded lottery, stable improvement cycles, explanations), the season read from the
 * applications, known programs and review readings, runs stored with every outcome.
 */
@Module({
  controllers: [MatchingRpcController],
  providers: [MatchingRunRepository, StartMatchingRunHandler, CommitMatchingRunHandler, GetMatchingRunHandler, ListMatchingRunsHandler, ListMatchingOutcomesHandler],
})
export class MatchingModule {}

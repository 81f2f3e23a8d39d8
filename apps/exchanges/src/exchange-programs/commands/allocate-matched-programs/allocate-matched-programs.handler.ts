import { Injectable, Logger } from '@nestjs/common';
import type { EventData } from '@scn/contracts';
import { matchingAllocationStep, type MatchingAllocationOutcome } from '../../domain/matching-allocation';
import { ExchangeProgramRepository, type Tx } from '../../infra/exchange-program.repository';
import { ExchangeProgramCommandRunner } from '../exchange-program-command.runner';

/** A season's matching, committed by the applications service. */
export type AllocateMatchedProgramsCommand = EventData<'matching.run-completed.v1'>;

/** Outcomes worth a line in the log: the run named a program it could not have allocated. */
const ODD_OUTCOMES: ReadonlyArray<MatchingAllocationOutcome> = ['not-announced', 'other-season'];

/**
 * Moves the programs a committed matching run allocated to `allocated` (see
 * matchingAllocationStep), inside the transaction of the event (which records it in the
 * inbox): all of it commits once, or not at all. Programs are locked in id order, the order
 * the reactions to partnership events lock them in too; no partnership row is locked. Ids
 * the service does not know are logged and skipped.
 */
@Injectable()
export class AllocateMatchedProgramsHandler {
  private readonly logger = new Logger(AllocateMatchedProgramsHandler.name);

  constructor(
    private readonly repository: ExchangeProgramRepository,
    private readonly runner: ExchangeProgramCommandRunner,
  ) {}

  async execute(command: AllocateMatchedProgramsCommand, tx: Tx): Promise<void> {
    const run = { runId: command.runId, season: command.season };
    const known = await this.repository.existingAmong(tx, command.programIds);
    const unknown = [...new Set(command.programIds)].filter((id) => !known.includes(id));
    const named = `matching run ${run.runId} (season ${run.season}) names`;
    if (unknown.length > 0) this.logger.warn(`${named} unknown exchange programs, skipped: ${unknown.join(', ')}`);
    const outcomes = new Map<string, MatchingAllocationOutcome>();
    for (const id of known) {
      await this.runner.changeAsServiceIn(tx, id, (program, now) => void outcomes.set(id, matchingAllocationStep(run, program, now)));
    }
    for (const [id, outcome] of outcomes) {
      if (ODD_OUTCOMES.includes(outcome)) this.logger.warn(`${named} exchange program ${id}: ${outcome}, left as it is`);
    }
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/exchanges';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { windowStep } from '../../domain/window-step';
import { ExchangeProgramRepository } from '../../infra/exchange-program.repository';
import { ExchangeProgramCommandRunner } from '../exchange-program-command.runner';

/** Most programs one run handles, so a backlog cannot keep a run (and shutdown) busy for long. */
const MAX_PER_RUN = 500;

/**
 * Opens and closes the application windows due at the clock's time. Each program is
 * handled in a transaction of its own that claims its row, so replicas share the work and
 * each window-opened / window-closed event is written once; a program whose step fails is
 * logged and skipped until the next run, without stopping the others.
 */
@Injectable()
export class StepDueWindowsHandler {
  private readonly logger = new Logger(StepDueWindowsHandler.name);

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly repository: ExchangeProgramRepository,
    private readonly runner: ExchangeProgramCommandRunner,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns how many programs it stepped; `stopping` ends the run early (the service is shutting down). */
  async execute(stopping?: AbortSignal): Promise<number> {
    const now = this.clock.now();
    const failed: string[] = [];
    let stepped = 0;
    for (let handled = 0; handled < MAX_PER_RUN && !stopping?.aborted; handled++) {
      const claim: { id: string | null } = { id: null };
      try {
        await this.db.$transaction(async (tx) => {
          claim.id = await this.repository.claimDueWindow(tx, now, failed);
          if (claim.id) await this.runner.changeAsServiceIn(tx, claim.id, (program) => windowStep(program, now));
        });
      } catch (error) {
        // Without a claimed program (database down) the next run retries; with one, go on with the others.
        if (claim.id === null) throw error;
        this.logger.error(`window step of exchange program ${claim.id} failed: ${String(error)}`);
        failed.push(claim.id);
        continue;
      }
      if (claim.id === null) break;
      stepped++;
    }
    return stepped;
  }
}

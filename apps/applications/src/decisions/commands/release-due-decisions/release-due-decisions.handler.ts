import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import { CLOCK, CONFIG, DATABASE, type Clock } from '@scn/platform';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';
import { ApplicationRepository } from '../../../applications/infra/application.repository';
import type { ApplicationsConfig } from '../../../config';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { hostCityOf, offerDeadline } from '../../domain/offer-terms';

/**
 * How many applications one transaction releases: loaded in one read, written one
 * statement each, their history and events in one insert each; well within the timeout
 * on a busy machine.
 */
const BATCH = 500;
const BATCH_TRANSACTION = { timeout: 60_000, maxWait: 10_000 } as const;

/**
 * The next decisions due ($1: now; $2: how many), earliest first; `id` breaks the ties of a
 * season's decisions, which share their release time. `applications_release_due_idx` is
 * keyed on both, so a batch is read in index order, never by sorting every due decision
 * (a matching run's 100,000 for each batch of 500). The order names the table's columns:
 * a bare `id` would be the text the SELECT makes of it, which no index holds.
 */
export const CLAIM_DUE_DECISIONS = `
  SELECT a.id::text AS id, a.placed_program_id::text FROM applications AS a
   WHERE a.decision_released_at IS NULL AND a.release_due_at <= $1::timestamptz AND a.status <> 'withdrawn'
   ORDER BY a.release_due_at, a.id LIMIT $2::int FOR UPDATE SKIP LOCKED`;

/**
 * Releases the decisions whose date has come: each application claimed once (FOR UPDATE
 * SKIP LOCKED: replicas ticking together take different ones), its outcome and the events
 * that tell the applicant, the offer and the host's nomination written in the claim's
 * transaction — so each decision is released exactly once.
 */
@Injectable()
export class ReleaseDueDecisionsHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runner: ApplicationCommandRunner,
    private readonly repository: ApplicationRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: Pick<ApplicationsConfig, 'OFFER_RESPONSE_HOURS'>,
  ) {}

  /** Releases every due decision; returns how many. */
  async execute(stopping?: AbortSignal): Promise<number> {
    let released = 0;
    for (;;) {
      const now = this.clock.now();
      const claimed = await this.db.$transaction(async (tx) => {
        const rows = await tx.$queryRawUnsafe<Array<{ id: string; placed_program_id: string | null }>>(CLAIM_DUE_DECISIONS, now.toISOString(), BATCH);
        const ids = rows.map((row) => row.id);
        // The batch's placements share few programs, and its waitlists: each read once for all.
        const programs = await knownProgramRepository.findMany(tx, [...new Set(rows.flatMap((row) => row.placed_program_id ?? []))]);
        const waiting = await this.repository.waitingOf(tx, ids);
        await this.runner.changeManyAsServiceIn(tx, ids, (application) => {
          const placed = application.state.placement?.exchangeProgramId;
          const program = placed ? programs.get(placed) : undefined;
          const deadline = offerDeadline(program ?? null, now, this.config.OFFER_RESPONSE_HOURS, false);
          application.releaseDecision(now, deadline, waiting.get(application.state.id) ?? [], (_id, hostSide) => (program ? hostCityOf(program, hostSide) : null));
        });
        return rows.length;
      }, BATCH_TRANSACTION);
      released += claimed;
      if (claimed < BATCH || stopping?.aborted) return released;
    }
  }
}

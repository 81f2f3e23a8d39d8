import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';
import { PlacePromoter } from '../../../applications/commands/place-promoter';

/**
 * The open offers whose deadline passed ($1: now), earliest first, 1,000 a tick; `id` breaks
 * the ties of offers made together. `applications_open_offer_idx` is keyed on both, so they
 * are read in index order, not by sorting every open offer (the order names the table's
 * `id`, not the text the SELECT makes of it).
 */
export const DUE_OFFERS = `
  SELECT a.id::text AS id, a.season FROM applications AS a
   WHERE a.offer_state = 'open' AND a.offer_deadline <= $1::timestamptz ORDER BY a.offer_deadline, a.id LIMIT 1000`;

/**
 * Offers whose deadline passed unanswered lapse, and each freed place goes to the next on
 * its waitlist at once. One offer per transaction, the season's lock first (as every
 * transaction that frees places): the application is re-read under it, so an offer lapses
 * once even when two replicas tick together or the applicant answers at the last moment.
 */
@Injectable()
export class LapseDueOffersHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runner: ApplicationCommandRunner,
    private readonly promoter: PlacePromoter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Lapses every offer due now; returns how many lapsed. */
  async execute(stopping?: AbortSignal): Promise<number> {
    const now = this.clock.now();
    const due = await this.db.$queryRawUnsafe<Array<{ id: string; season: number }>>(DUE_OFFERS, now.toISOString());
    let lapsed = 0;
    for (const { id, season } of due) {
      if (stopping?.aborted) break;
      await this.promoter.freeingPlaces(season, (tx, free) =>
        this.runner.changeAsServiceIn(tx, id, (application) => {
          const place = application.lapseOffer(now);
          if (place) lapsed += 1;
          free(place);
        }),
        now,
      );
    }
    return lapsed;
  }
}

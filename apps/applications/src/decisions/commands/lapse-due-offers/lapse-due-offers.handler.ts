import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';
import { PlacePromoter } from '../../../applications/commands/place-promoter';

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
    const due = await this.db.$queryRaw<Array<{ id: string; season: number }>>`
      SELECT id::text AS id, season FROM applications WHERE offer_state = 'open' AND offer_deadline <= ${now} ORDER BY offer_deadline, id LIMIT 1000`;
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

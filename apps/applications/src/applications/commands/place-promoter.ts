import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import { CLOCK, CONFIG, DATABASE, type Clock } from '@scn/platform';
import type { ApplicationsConfig } from '../../config';
import { hostCityOf, offerDeadline, placesOf } from '../../decisions/domain/offer-terms';
import type { PlacementState } from '../domain/application.state';
import type { Tx } from '../infra/application.repository';
import { lockSeason } from '../infra/season-lock';
import { knownProgramRepository } from '../../known-programs/infra/known-program.repository';
import { ApplicationCommandRunner } from './application-command.runner';

/**
 * Gives freed places to the next on their waitlists, at once and in the transaction that
 * freed them: the first still waiting (by the committed run's order) moves up, with an
 * offer of its own deadline once their decision is out; the lower place they leave is
 * freed in turn, and so on. The caller holds the season's lock (every transaction that
 * frees places takes it first), so two replicas never promote for one place at once.
 */
@Injectable()
export class PlacePromoter {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly runner: ApplicationCommandRunner,
    @Inject(CONFIG) private readonly config: Pick<ApplicationsConfig, 'OFFER_RESPONSE_HOURS'>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Runs `work` in one transaction under the season's lock (taken before any row lock),
   * then gives every place it freed (`free(place)`) to the next in line, in the same
   * transaction: a decline, a refusal, a lapse or a withdrawal and its promotions commit
   * together or not at all. Promotions' offers count their deadline from `now` (the
   * clock's by default; a scheduler passes the time of its tick).
   */
  async freeingPlaces<T>(season: number, work: (tx: Tx, free: (place: PlacementState | null) => void) => Promise<T>, now?: Date): Promise<T> {
    return this.db.$transaction(async (tx) => {
      await lockSeason(tx, season);
      const freed: PlacementState[] = [];
      const result = await work(tx, (place) => place && freed.push(place));
      if (freed.length) await this.fill(tx, freed, now ?? this.clock.now());
      return result;
    });
  }

  async fill(tx: Tx, freed: readonly PlacementState[], now: Date): Promise<void> {
    const queue = [...freed];
    for (let place = queue.shift(); place; place = queue.shift()) {
      const { exchangeProgramId, side } = place;
      const program = (await knownProgramRepository.findMany(tx, [exchangeProgramId])).get(exchangeProgramId);
      if (!program || program.status === 'cancelled' || program.status === 'completed') continue;
      const deadline = offerDeadline(program, now, this.config.OFFER_RESPONSE_HOURS, true);
      const host = (_id: string, hostSide: 'member' | 'partner') => hostCityOf(program, hostSide);
      for (;;) {
        const held = await tx.application.count({ where: { placedProgramId: exchangeProgramId, placedSide: side, status: { not: 'withdrawn' } } });
        if (held >= placesOf(program, side)) break;
        const next = await tx.waitlistEntry.findFirst({ where: { exchangeProgramId, side, state: 'waiting' }, orderBy: { position: 'asc' } });
        if (!next) break;
        const moved: { left: PlacementState | null; promoted: boolean } = { left: null, promoted: false };
        await this.runner.changeAsServiceIn(tx, next.applicationId, (application) => {
          if (application.state.status === 'withdrawn') return;
          moved.left = application.promote({ exchangeProgramId, side, choiceRank: next.choiceRank }, deadline, host);
          moved.promoted = true;
        });
        const key = { exchangeProgramId_side_applicationId: { exchangeProgramId, side, applicationId: next.applicationId } };
        await tx.waitlistEntry.update({ where: key, data: { state: moved.promoted ? 'promoted' : 'left' } });
        if (!moved.promoted) continue;
        // Waiting for a choice ranked below the new place is pointless now.
        await tx.waitlistEntry.updateMany({ where: { applicationId: next.applicationId, state: 'waiting', choiceRank: { gt: next.choiceRank } }, data: { state: 'left' } });
        if (moved.left) queue.push(moved.left);
      }
    }
  }

  /** An application leaves every waitlist it is on (withdrawn). */
  async leaveWaitlists(tx: Tx, applicationId: string): Promise<void> {
    await tx.waitlistEntry.updateMany({ where: { applicationId, state: 'waiting' }, data: { state: 'left' } });
  }
}

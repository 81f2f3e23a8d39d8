import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { ApplicantRepository } from '../../../applicants/infra/applicant.repository';
import { ApplicationCommandRunner } from '../../../applications/commands/application-command.runner';
import { PlacePromoter } from '../../../applications/commands/place-promoter';
import type { PlacementState } from '../../../applications/domain/application.state';
import { lockSeason } from '../../../applications/infra/season-lock';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { ERASURE_WITHDRAW_REASON, erasureStep, erasureView, travelHasBegun } from '../../domain/erasure';
import { eraseApplicantRows } from '../../infra/erasure.writer';

export type EraseMyDataCommand = RpcParsedRequest<'applicant-data.erase-mine'>;

/**
 * The applicant erases their data, in one transaction: each application still open is
 * withdrawn through its entity (its place, if held, goes at once to the next on the
 * waitlist, as any withdrawal's), every application then stays as an anonymous row, the
 * personal data goes, and `applicant.erased.v1` tells every service. A second erasure
 * answers the same and changes nothing.
 *
 * Locks, in order: the account (serialises erasures and profile saves), the seasons of
 * its applications (as every transaction that frees places, before any row lock), the
 * profile row (a new application waits, then finds the account erased), the applications.
 */
@Injectable()
export class EraseMyDataHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly applicants: ApplicantRepository,
    private readonly runner: ApplicationCommandRunner,
    private readonly promoter: PlacePromoter,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(_command: EraseMyDataCommand, caller: CallerIdentity | undefined) {
    const accountId = applicantIdOf(caller);
    const seasons = await this.db.application.findMany({ where: { applicantId: accountId }, distinct: ['season'], select: { season: true } });
    return this.db.$transaction(async (tx) => {
      await this.applicants.lockAccount(tx, accountId);
      const done = await this.applicants.erasure(accountId, tx);
      if (done) return erasureView(done);
      for (const season of seasons.map((row) => row.season).sort((a, b) => a - b)) await lockSeason(tx, season);
      await tx.$queryRaw`SELECT 1 FROM applicants WHERE account_id = ${accountId}::uuid FOR UPDATE`;
      const mine = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM applications WHERE applicant_id = ${accountId}::uuid ORDER BY id FOR UPDATE`;
      const ids = mine.map((row) => row.id);

      const now = this.clock.now();
      const freed: PlacementState[] = [];
      for (const id of ids) {
        await this.runner.changeMineIn(tx, id, accountId, async (application, at) => {
          const held = application.heldPlace;
          const program = held ? (await knownProgramRepository.findMany(tx, [held.exchangeProgramId])).get(held.exchangeProgramId) : undefined;
          if (erasureStep(application.state, travelHasBegun(program?.travelStart, at)) === 'keep') return;
          application.withdraw(ERASURE_WITHDRAW_REASON, at, false);
          if (held) freed.push(held);
        });
        // An erased applicant waits for nothing (nobody could be told of a promotion).
        await this.promoter.leaveWaitlists(tx, id);
      }
      if (freed.length) await this.promoter.fill(tx, freed, now);

      await eraseApplicantRows(tx, accountId, ids, now);
      const erased = await tx.erasedApplicant.create({ data: { accountId, erasedAt: now, applications: ids.length, placesFreed: freed.length } });
      await this.outbox.add(tx, 'applicant.erased.v1', accountId, { applicantId: accountId, erasedAt: now.toISOString() });
      return erasureView(erased);
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { eventStateOf, PROGRAM_INCLUDE, toMemberProgramView } from '../../infra/member-program.record';

const BATCH = 200;

/**
 * Announces the standing of programs whose dues lapsed (or became current) with the
 * passing of time: finds those whose announced standing differs from today's, and for
 * each, in one transaction, stores and announces the new standing. Safe to run on every
 * replica at once: a program is locked and re-checked before it is announced.
 */
@Injectable()
export class RefreshStandingHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Returns how many programs changed standing. */
  async execute(): Promise<number> {
    let announced = 0;
    for (;;) {
      const year = this.clock.now().getUTCFullYear();
      const stale = await this.db.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM member_programs
        WHERE in_good_standing <> (membership = 'member' AND COALESCE(dues_paid_through, -1) >= ${year})
        ORDER BY id LIMIT ${BATCH}`;
      if (stale.length === 0) return announced;
      for (const { id } of stale) if (await this.announce(id)) announced++;
      if (stale.length < BATCH) return announced;
    }
  }

  private announce(id: string): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM member_programs WHERE id = ${id}::uuid FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return false;
      const record = await tx.memberProgram.findUniqueOrThrow({ where: { id }, include: PROGRAM_INCLUDE });
      const view = toMemberProgramView(record, this.clock.now());
      if (view.inGoodStanding === record.inGoodStanding) return false;
      await tx.memberProgram.update({ where: { id }, data: { inGoodStanding: view.inGoodStanding } });
      await this.outbox.add(tx, 'member-program.standing-changed.v1', id, eventStateOf(view));
      return true;
    });
  }
}

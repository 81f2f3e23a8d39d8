import { Injectable } from '@nestjs/common';
import type { RawSql } from '@scn/platform';
import type { PartnershipStatusChange } from '../../../known-partnerships/domain/known-partnership';
import { reactionStep } from '../../domain/partnership-reaction';
import { ExchangeProgramRepository, type Tx } from '../../infra/exchange-program.repository';
import { ExchangeProgramCommandRunner } from '../exchange-program-command.runner';

/** A partnership's status as it just changed (the known partnership already says so). */
export type ReactToPartnershipStatusCommand = PartnershipStatusChange;

/** Only these statuses change the programs under a partnership (see reactionStep). */
const STATUSES_REACTED_TO: ReadonlyArray<PartnershipStatusChange['to']> = ['suspended', 'active', 'terminated'];

/**
 * Applies a partnership's status change to its exchange programs, inside the transaction of
 * the partnership event (which holds the partnership row): all of it commits with the inbox
 * record, once, or not at all. Programs are locked in id order, after the partnership.
 */
@Injectable()
export class ReactToPartnershipStatusHandler {
  constructor(
    private readonly repository: ExchangeProgramRepository,
    private readonly runner: ExchangeProgramCommandRunner,
  ) {}

  /**
   * `tx` may be the event's `pg` transaction (raw SQL only): the programs are looked for
   * there, and only when there are some is `prismaTx()` asked for the Prisma transaction
   * their domain model is written on (on the `pg` path that hands the event over to a
   * Prisma transaction, `EventContext.prismaTx()`).
   */
  async execute(command: ReactToPartnershipStatusCommand, tx: RawSql, prismaTx: () => Tx): Promise<void> {
    if (!STATUSES_REACTED_TO.includes(command.to)) return;
    const programs = await this.repository.unfinishedOf(tx, command.partnershipId);
    if (programs.length === 0) return;
    const programTx = prismaTx();
    for (const id of programs) {
      await this.runner.changeAsServiceIn(programTx, id, (program) => reactionStep(command, program));
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/exchanges';
import type {
  PartnershipStatusChange,
  PartnershipStatusReaction,
} from '../../known-partnerships/commands/apply-partnership-event/apply-partnership-event.handler';
import { ExchangeProgramCommandRunner } from '../commands/exchange-program-command.runner';
import { reactionStep } from './partnership-reaction';

/**
 * Applies a partnership's status change to its exchange programs, inside the transaction of
 * the partnership event (which holds the partnership row): all of it commits with the inbox
 * record, once, or not at all. Programs are locked in id order, after the partnership.
 */
@Injectable()
export class PartnershipStatusReactions implements PartnershipStatusReaction {
  constructor(private readonly runner: ExchangeProgramCommandRunner) {}

  async react(tx: Prisma.TransactionClient, change: PartnershipStatusChange): Promise<void> {
    if (!['suspended', 'active', 'terminated'].includes(change.to)) return;
    const programs = await tx.exchangeProgram.findMany({
      where: { partnershipId: change.partnershipId, status: { notIn: ['completed', 'cancelled'] } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    for (const { id } of programs) await this.runner.changeAsServiceIn(tx, id, (program) => reactionStep(change, program));
  }
}

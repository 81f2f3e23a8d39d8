import { Injectable } from '@nestjs/common';
import type { RawSql } from '@scn/platform';
import { applyPartnershipFact } from '../../domain/apply-partnership-fact';
import type { PartnershipFact, PartnershipStatusChange } from '../../domain/known-partnership';
import { knownPartnershipRepository } from '../../infra/known-partnership.repository';

/** One partnership event, with the reason it gives for a suspension or a termination. */
export interface ApplyPartnershipEventCommand {
  fact: PartnershipFact;
  reason: string | null;
}

/** Brings the known partnership up to date with one of its events, in the event's transaction. */
@Injectable()
export class ApplyPartnershipEventHandler {
  /**
   * Returns the partnership's status change, if the event made one (for what reacts to it
   * in the same transaction); null when it did not, or when the event was skipped. The
   * partnership row stays locked until the transaction ends, so whatever reacts locks its
   * own rows after it: partnership first, the order every writer keeps.
   */
  async execute({ fact, reason }: ApplyPartnershipEventCommand, tx: RawSql): Promise<PartnershipStatusChange | null> {
    const current = await knownPartnershipRepository.findForUpdate(tx, fact.partnershipId);
    const next = applyPartnershipFact(current, fact);
    if (!next) return null;
    await knownPartnershipRepository.save(tx, next);
    if (next.status === current?.status) return null;
    return { partnershipId: next.id, from: current?.status ?? null, to: next.status, reason };
  }
}

import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/exchanges';
import { applyPartnershipFact } from '../../domain/apply-partnership-fact';
import type { PartnershipFact } from '../../domain/known-partnership';
import { knownPartnershipRepository } from '../../infra/known-partnership.repository';

export type ApplyOutcome = 'applied' | 'skipped';

/** Brings the known partnership up to date with one of its events, in the event's transaction. */
@Injectable()
export class ApplyPartnershipEventHandler {
  async execute(tx: Prisma.TransactionClient, fact: PartnershipFact): Promise<ApplyOutcome> {
    const current = await knownPartnershipRepository.findForUpdate(tx, fact.partnershipId);
    const next = applyPartnershipFact(current, fact);
    if (!next) return 'skipped';
    await knownPartnershipRepository.save(tx, next);
    return 'applied';
  }
}

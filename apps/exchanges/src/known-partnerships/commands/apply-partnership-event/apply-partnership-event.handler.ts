import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Prisma } from '@scn-prisma/exchanges';
import { applyPartnershipFact } from '../../domain/apply-partnership-fact';
import type { PartnershipFact, PartnershipStatus } from '../../domain/known-partnership';
import { knownPartnershipRepository } from '../../infra/known-partnership.repository';

export type ApplyOutcome = 'applied' | 'skipped';

/** A partnership's status as it just changed, with the reason its event gave (suspension, termination). */
export interface PartnershipStatusChange {
  partnershipId: string;
  from: PartnershipStatus | null;
  to: PartnershipStatus;
  reason: string | null;
}

/**
 * What reacts to a partnership's status changing, in the event's transaction (the exchange
 * programs under it). Bound under this token by the module that reacts, so this read model
 * does not depend on its consumers.
 */
export const PARTNERSHIP_STATUS_REACTION = Symbol('PARTNERSHIP_STATUS_REACTION');
export interface PartnershipStatusReaction {
  react(tx: Prisma.TransactionClient, change: PartnershipStatusChange): Promise<void>;
}

/** Brings the known partnership up to date with one of its events, in the event's transaction. */
@Injectable()
export class ApplyPartnershipEventHandler implements OnModuleInit {
  private reaction?: PartnershipStatusReaction;

  constructor(private readonly moduleRef: ModuleRef) {}

  /** Resolved once at start-up: a service without the reaction bound refuses to start rather than skip it. */
  onModuleInit(): void {
    this.reaction = this.moduleRef.get<PartnershipStatusReaction>(PARTNERSHIP_STATUS_REACTION, { strict: false });
  }

  /**
   * The partnership row stays locked until the transaction ends, and the reaction locks the
   * programs after it: partnership first, then program, the order every writer keeps. The
   * inbox records the event in the same transaction, so the reaction happens once.
   */
  async execute(tx: Prisma.TransactionClient, fact: PartnershipFact, reason: string | null = null): Promise<ApplyOutcome> {
    const current = await knownPartnershipRepository.findForUpdate(tx, fact.partnershipId);
    const next = applyPartnershipFact(current, fact);
    if (!next) return 'skipped';
    await knownPartnershipRepository.save(tx, next);
    if (next.status !== current?.status && this.reaction) {
      await this.reaction.react(tx, { partnershipId: next.id, from: current?.status ?? null, to: next.status, reason });
    }
    return 'applied';
  }
}

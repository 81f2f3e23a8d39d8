import { Injectable } from '@nestjs/common';
import { reviewerAfter, type AccountEvent } from '../../domain/known-reviewer';
import { knownReviewerRepository } from '../../infra/known-reviewer.repository';
import type { Tx } from '../../infra/review-db';

/**
 * Keeps the known reviewer of an account current from the gateway's account events, in
 * the event's transaction: the programs their reviewer role covers, and whether the
 * account is disabled. Accounts that never were reviewers are not kept.
 */
@Injectable()
export class ApplyAccountEventHandler {
  async execute(event: AccountEvent, tx: Tx): Promise<void> {
    const before = await knownReviewerRepository.findForUpdate(tx, event.data.accountId);
    const after = reviewerAfter(event, before);
    if (after) await knownReviewerRepository.save(tx, after);
  }
}

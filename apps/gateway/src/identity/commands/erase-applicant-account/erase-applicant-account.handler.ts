import { Inject, Injectable } from '@nestjs/common';
import type { EventData } from '@scn/contracts';
import { CLOCK, type Clock } from '@scn/platform';
import { grantsFromRows } from '../../domain/account-grants';
import { applicantErasureStep, erasedEmail } from '../../domain/applicant-erasure.rule';
import { AccountEvents } from '../../infra/account-events';
import { AccountRepository, type Tx } from '../../infra/account.repository';
import { ActionTokens } from '../../infra/action-tokens';
import { SessionRepository } from '../../infra/session.repository';

/** The applications service's `applicant.erased.v1`: `applicantId` is the gateway account id. */
export type EraseApplicantAccountCommand = EventData<'applicant.erased.v1'>;

/**
 * The applicant erased their data: the account follows, in the transaction that records
 * the event in the inbox. An account that held nothing but the applicant role is closed
 * for good (sign-in refused, every session ended, emailed links void) and its personal
 * data goes: the email becomes a tombstone (the address is free to register again), the
 * display name and password hash are removed; the row and its id stay, and so do its
 * audit entries, with the tombstone for the email and no client address. No event: the
 * applications service told every service already. An account with other grants keeps
 * them and only loses the applicant grant (announced as any change of roles). Unknown
 * accounts and a second erasure change nothing.
 */
@Injectable()
export class EraseApplicantAccountHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly actionTokens: ActionTokens,
    private readonly events: AccountEvents,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: EraseApplicantAccountCommand, tx: Tx): Promise<void> {
    const accountId = command.applicantId;
    const account = await this.accounts.lockWithGrants(tx, accountId);
    if (!account) return;
    switch (applicantErasureStep(account)) {
      case 'erase':
        await this.accounts.erase(tx, accountId, erasedEmail(accountId));
        await this.actionTokens.forgetAll(tx, accountId);
        await this.sessions.revokeAll(accountId, 'account-erased', this.clock.now(), tx);
        await this.events.forgetPublished(tx, accountId);
        return;
      case 'drop-applicant-role': {
        await this.accounts.dropRole(tx, accountId, 'applicant');
        const remaining = await this.accounts.getWithGrants(tx, accountId);
        await this.events.rolesChanged(tx, remaining, grantsFromRows(remaining.grants));
        return;
      }
      case 'nothing':
        return;
    }
  }
}

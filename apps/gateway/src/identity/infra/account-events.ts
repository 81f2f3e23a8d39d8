import { Injectable } from '@nestjs/common';
import type { Account } from '@scn-prisma/gateway';
import type { EventData, RoleGrant } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import type { Tx } from './account.repository';

/** The event fields naming an account. */
export function accountRef(account: Pick<Account, 'id' | 'email' | 'displayName' | 'language'>) {
  return { accountId: account.id, email: account.email, displayName: account.displayName, language: account.language };
}

type AccountRow = Pick<Account, 'id' | 'email' | 'displayName' | 'language'>;
type EmailedLink = EventData<'account.invited.v1'>['acceptLink'];

/**
 * The `account.*` events, written to the outbox in the transaction of the change they
 * describe (the notifications service sends the emails they ask for).
 */
@Injectable()
export class AccountEvents {
  constructor(private readonly outbox: Outbox) {}

  async invited(tx: Tx, account: AccountRow, grants: RoleGrant[], invitedBy: string, acceptLink: EmailedLink): Promise<void> {
    await this.outbox.add(tx, 'account.invited.v1', account.id, { ...accountRef(account), grants, invitedBy, acceptLink });
  }

  async verificationRequested(tx: Tx, account: AccountRow, verifyLink: EmailedLink): Promise<void> {
    await this.outbox.add(tx, 'account.verification-requested.v1', account.id, { ...accountRef(account), verifyLink });
  }

  async passwordResetRequested(tx: Tx, account: AccountRow, resetLink: EmailedLink): Promise<void> {
    await this.outbox.add(tx, 'account.password-reset-requested.v1', account.id, { ...accountRef(account), resetLink });
  }

  async activated(tx: Tx, account: AccountRow, grants: RoleGrant[]): Promise<void> {
    await this.outbox.add(tx, 'account.activated.v1', account.id, { ...accountRef(account), grants });
  }

  async rolesChanged(tx: Tx, account: AccountRow, grants: RoleGrant[]): Promise<void> {
    await this.outbox.add(tx, 'account.roles-changed.v1', account.id, { ...accountRef(account), grants });
  }

  async disabled(tx: Tx, account: AccountRow): Promise<void> {
    await this.outbox.add(tx, 'account.disabled.v1', account.id, accountRef(account));
  }

  /**
   * Deletes the account's events already published (kept a few days only for the relay's
   * bookkeeping; they carry the email, the name and emailed links). Unpublished ones are
   * still sent.
   */
  async forgetPublished(tx: Tx, accountId: string): Promise<void> {
    await tx.outboxEvent.deleteMany({ where: { aggregate: accountId, publishedAt: { not: null } } });
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '@scn/platform';
import { AccountEvents } from '../../infra/account-events';
import { AccountRepository } from '../../infra/account.repository';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../../infra/identity-options';
import { PasswordHasher } from '../../infra/password-hasher';

/**
 * Makes sure the configured first staff account exists, so a new deployment can be
 * administered. An existing account is left as it is: its password may have been
 * changed since, and restarting must not reset it.
 */
@Injectable()
export class CreateBootstrapAdminHandler {
  private readonly logger = new Logger('BootstrapAdmin');

  constructor(
    private readonly accounts: AccountRepository,
    private readonly hasher: PasswordHasher,
    private readonly events: AccountEvents,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<void> {
    const email = this.options.BOOTSTRAP_ADMIN_EMAIL.toLowerCase();
    if (await this.accounts.findByEmail(email)) return;
    const passwordHash = await this.hasher.hash(this.options.BOOTSTRAP_ADMIN_PASSWORD);
    // Another replica starting at the same moment may have created it first. The account is
    // announced like any activated one, so the notifications service knows whom to tell.
    const created = await this.accounts.transaction(async (tx) => {
      const account = await this.accounts.createActiveStaff(tx, email, 'Network administrator', passwordHash, this.clock.now());
      if (account) await this.events.activated(tx, account, [{ role: 'network-staff', scopeIds: [] }]);
      return account;
    });
    if (created) this.logger.log(`bootstrap staff account ${email} created`);
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import type { RouteInput } from '../../../http/route-declaration';
import type { AUTH_ROUTES } from '../../auth.routes';
import { mayRegister } from '../../domain/account-status.rule';
import { emailedLink } from '../../domain/emailed-link';
import { AccountEvents } from '../../infra/account-events';
import { AccountRepository } from '../../infra/account.repository';
import { ActionTokens } from '../../infra/action-tokens';
import { IDENTITY_OPTIONS, type IdentityOptions } from '../../infra/identity-options';
import { PasswordHasher } from '../../infra/password-hasher';

export type RegisterApplicantCommand = RouteInput<typeof AUTH_ROUTES.register>['body'];

/**
 * An applicant signs up. The answer is the same whether or not the email is known, so
 * the form cannot be used to find out who has an account; a pending account gets a new
 * verification link.
 */
@Injectable()
export class RegisterApplicantHandler {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly actionTokens: ActionTokens,
    private readonly events: AccountEvents,
    private readonly hasher: PasswordHasher,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
  ) {}

  async execute(command: RegisterApplicantCommand): Promise<void> {
    const email = command.email.toLowerCase();
    const passwordHash = await this.hasher.hash(command.password);
    await this.accounts.transaction(async (tx) => {
      const existing = await this.accounts.findByEmail(email, tx);
      if (!mayRegister(existing)) return;
      const id = existing?.id ?? uuidv7();
      const account = await this.accounts.saveApplicant(tx, id, email, {
        displayName: command.displayName,
        language: command.language,
        passwordHash,
      });
      const { token, expiresAt } = await this.actionTokens.issue(tx, id, 'email_verification', this.options.EMAIL_VERIFICATION_TTL_S);
      await this.events.verificationRequested(tx, account, emailedLink(this.options.PUBLIC_WEB_URL, 'verify-email', token, expiresAt));
    });
  }
}

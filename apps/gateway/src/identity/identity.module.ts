import { Module, type DynamicModule } from '@nestjs/common';
import { ACCESS_TOKEN_VERIFIER } from '../authorization/access-token-verifier';
import { AcceptInvitationHandler } from './commands/accept-invitation/accept-invitation.handler';
import { ConfirmPasswordResetHandler } from './commands/confirm-password-reset/confirm-password-reset.handler';
import { CreateBootstrapAdminHandler } from './commands/create-bootstrap-admin/create-bootstrap-admin.handler';
import { DisableAccountHandler } from './commands/disable-account/disable-account.handler';
import { EraseApplicantAccountHandler } from './commands/erase-applicant-account/erase-applicant-account.handler';
import { InviteAccountHandler } from './commands/invite-account/invite-account.handler';
import { RefreshSessionHandler } from './commands/refresh-session/refresh-session.handler';
import { RegisterApplicantHandler } from './commands/register-applicant/register-applicant.handler';
import { RequestPasswordResetHandler } from './commands/request-password-reset/request-password-reset.handler';
import { SetAccountRolesHandler } from './commands/set-account-roles/set-account-roles.handler';
import { SignInHandler } from './commands/sign-in/sign-in.handler';
import { SignOutHandler } from './commands/sign-out/sign-out.handler';
import { VerifyEmailHandler } from './commands/verify-email/verify-email.handler';
import { AccessTokenService } from './infra/access-token.service';
import { AccountEvents } from './infra/account-events';
import { AccountRepository } from './infra/account.repository';
import { ActionTokens } from './infra/action-tokens';
import { IDENTITY_OPTIONS, type IdentityOptions } from './infra/identity-options';
import { PasswordHasher } from './infra/password-hasher';
import { SessionRepository } from './infra/session.repository';
import { GetAccountHandler } from './queries/get-account/get-account.handler';
import { ListAccountsHandler } from './queries/list-accounts/list-accounts.handler';
import { AccountsController } from './transport/accounts.controller';
import { ApplicantEventsController } from './transport/applicant-events.controller';
import { AuthController } from './transport/auth.controller';
import { BootstrapAdmin } from './transport/bootstrap-admin';

/** Accounts, sessions and tokens: who is calling the gateway. */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      controllers: [AuthController, AccountsController, ApplicantEventsController],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        // infra
        AccountRepository,
        SessionRepository,
        AccountEvents,
        ActionTokens,
        PasswordHasher,
        AccessTokenService,
        { provide: ACCESS_TOKEN_VERIFIER, useExisting: AccessTokenService },
        // commands
        InviteAccountHandler,
        AcceptInvitationHandler,
        RegisterApplicantHandler,
        VerifyEmailHandler,
        RequestPasswordResetHandler,
        ConfirmPasswordResetHandler,
        SignInHandler,
        RefreshSessionHandler,
        SignOutHandler,
        SetAccountRolesHandler,
        DisableAccountHandler,
        CreateBootstrapAdminHandler,
        EraseApplicantAccountHandler,
        // queries
        GetAccountHandler,
        ListAccountsHandler,
        // transport: the start-up task
        BootstrapAdmin,
      ],
      exports: [ACCESS_TOKEN_VERIFIER, AccessTokenService],
    };
  }
}

import { Module, type DynamicModule } from '@nestjs/common';
import { ACCESS_TOKEN_VERIFIER } from '../authorization/access-token-verifier';
import { AccessTokenService } from './access-token.service';
import { AccountsAdminService } from './accounts-admin.service';
import { AccountsController } from './accounts.controller';
import { AuthController } from './auth.controller';
import { BootstrapAdmin } from './bootstrap-admin';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { OnboardingService } from './onboarding.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

/** Accounts, sessions and tokens: who is calling the gateway. */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      controllers: [AuthController, AccountsController],
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        PasswordHasher,
        AccessTokenService,
        { provide: ACCESS_TOKEN_VERIFIER, useExisting: AccessTokenService },
        SessionsService,
        OnboardingService,
        AccountsAdminService,
        BootstrapAdmin,
      ],
      exports: [ACCESS_TOKEN_VERIFIER, AccessTokenService],
    };
  }
}

import { Controller } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Caller, Input } from '../http/route-params.decorator';
import { ACCOUNT_ROUTES as R } from './accounts.routes';
import { AccountsAdminService } from './accounts-admin.service';
import { OnboardingService } from './onboarding.service';

/** The caller's own account, and staff's management of everyone's. */
@Controller()
export class AccountsController {
  constructor(
    private readonly accounts: AccountsAdminService,
    private readonly onboarding: OnboardingService,
  ) {}

  @Endpoint(R.me)
  me(@Caller() caller: CallerIdentity) {
    return this.accounts.get(caller.accountId);
  }

  @Endpoint(R.list)
  list(@Input() { query }: RouteInput<typeof R.list>) {
    return this.accounts.list(query);
  }

  @Endpoint(R.get)
  get(@Input() { params }: RouteInput<typeof R.get>) {
    return this.accounts.get(params.accountId);
  }

  @Endpoint(R.invite)
  invite(@Input() { body }: RouteInput<typeof R.invite>, @Caller() caller: CallerIdentity) {
    return this.onboarding.invite(body, caller.accountId);
  }

  @Endpoint(R.setRoles)
  setRoles(@Input() { params, body }: RouteInput<typeof R.setRoles>) {
    return this.accounts.setGrants(params.accountId, body.grants);
  }

  @Endpoint(R.disable)
  disable(@Input() { params }: RouteInput<typeof R.disable>) {
    return this.accounts.disable(params.accountId);
  }
}

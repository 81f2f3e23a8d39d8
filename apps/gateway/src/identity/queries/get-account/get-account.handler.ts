import { Injectable } from '@nestjs/common';
import type { RouteInput } from '../../../http/route-declaration';
import type { ACCOUNT_ROUTES } from '../../accounts.routes';
import { identityError } from '../../domain/identity.errors';
import { AccountRepository } from '../../infra/account.repository';
import { toAccountView, type AccountView } from '../../infra/account.views';

/** One account by id (staff's `GET /v1/accounts/:accountId`, and the caller's own for `GET /v1/me`). */
export type GetAccountQuery = RouteInput<typeof ACCOUNT_ROUTES.get>['params'];

/** One account, without its password hash or lock-out counters. */
@Injectable()
export class GetAccountHandler {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(query: GetAccountQuery): Promise<AccountView> {
    const account = await this.accounts.findWithGrants(query.accountId);
    if (!account) throw identityError('accountNotFound');
    return toAccountView(account);
  }
}

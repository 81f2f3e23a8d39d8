import { Injectable } from '@nestjs/common';
import type { Page } from '@scn/contracts';
import { ValidationError } from '@scn/platform/errors';
import type { RouteInput } from '../../../http/route-declaration';
import type { ACCOUNT_ROUTES } from '../../accounts.routes';
import { AccountRepository } from '../../infra/account.repository';
import { toAccountView, type AccountView } from '../../infra/account.views';

export type ListAccountsQuery = RouteInput<typeof ACCOUNT_ROUTES.list>['query'];

/** Accounts filtered by role, status or email prefix, by id (the cursor is the last id of the previous page). */
@Injectable()
export class ListAccountsHandler {
  constructor(private readonly accounts: AccountRepository) {}

  async execute(query: ListAccountsQuery): Promise<Page<AccountView>> {
    if (query.cursor && !/^[0-9a-f-]{36}$/.test(query.cursor)) {
      throw new ValidationError([{ field: 'query.cursor', rule: 'invalid_cursor', message: 'is not a cursor of this list' }]);
    }
    const rows = await this.accounts.list(query);
    const items = rows.slice(0, query.limit).map(toAccountView);
    return { items, nextCursor: rows.length > query.limit ? items[items.length - 1]!.id : null };
  }
}

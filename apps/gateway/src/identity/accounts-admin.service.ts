import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient, type Prisma } from '@scn-prisma/gateway';
import type { Page, RoleGrant } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { DATABASE, ValidationError } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { rowsFromGrants } from './account-grants';
import { accountRef, toAccountView, type AccountView } from './account-view';
import { identityError } from './identity.errors';
import { SessionsService } from './sessions.service';

export interface AccountFilter {
  role?: string;
  status?: AccountView['status'];
  email?: string;
  limit: number;
  cursor?: string;
}

/** Staff's management of accounts: who holds which roles, and who may sign in at all. */
@Injectable()
export class AccountsAdminService {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly outbox: Outbox,
    private readonly sessions: SessionsService,
  ) {}

  async get(accountId: string): Promise<AccountView> {
    const account = await this.db.account.findUnique({ where: { id: accountId }, include: { grants: true } });
    if (!account) throw identityError('accountNotFound');
    return toAccountView(account);
  }

  /** Accounts by email, then id (the cursor is the last id of the previous page). */
  async list(filter: AccountFilter): Promise<Page<AccountView>> {
    const where: Prisma.AccountWhereInput = {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.role ? { grants: { some: { role: filter.role } } } : {}),
      ...(filter.email ? { email: { startsWith: filter.email.toLowerCase() } } : {}),
    };
    if (filter.cursor && !/^[0-9a-f-]{36}$/.test(filter.cursor)) {
      throw new ValidationError([{ field: 'query.cursor', rule: 'invalid_cursor', message: 'is not a cursor of this list' }]);
    }
    const rows = await this.db.account.findMany({
      where,
      include: { grants: true },
      orderBy: { id: 'asc' },
      take: filter.limit + 1,
      ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
    });
    const items = rows.slice(0, filter.limit).map(toAccountView);
    return { items, nextCursor: rows.length > filter.limit ? items[items.length - 1]!.id : null };
  }

  /** Replaces an account's roles; they take effect at its next token refresh. */
  async setGrants(accountId: string, grants: RoleGrant[]): Promise<AccountView> {
    return this.db.$transaction(async (tx) => {
      const account = await tx.account.findUnique({ where: { id: accountId } });
      if (!account) throw identityError('accountNotFound');
      if (!grants.some((grant) => grant.role === 'network-staff')) await this.keepOneStaff(tx, accountId);
      await tx.roleGrant.deleteMany({ where: { accountId } });
      await tx.roleGrant.createMany({ data: rowsFromGrants(grants).map((row) => ({ id: uuidv7(), accountId, ...row })) });
      const view = toAccountView(await tx.account.findUniqueOrThrow({ where: { id: accountId }, include: { grants: true } }));
      await this.outbox.add(tx, 'account.roles-changed.v1', accountId, { ...accountRef(account), grants: view.grants });
      return view;
    });
  }

  /** Disables an account and signs it out everywhere. */
  async disable(accountId: string): Promise<AccountView> {
    const view = await this.db.$transaction(async (tx) => {
      const account = await tx.account.findUnique({ where: { id: accountId } });
      if (!account) throw identityError('accountNotFound');
      await this.keepOneStaff(tx, accountId);
      const updated = await tx.account.update({ where: { id: accountId }, data: { status: 'disabled' }, include: { grants: true } });
      await this.outbox.add(tx, 'account.disabled.v1', accountId, accountRef(updated));
      return toAccountView(updated);
    });
    await this.sessions.revokeAll(accountId, 'account-disabled');
    return view;
  }

  /** Refuses to leave the network without an active staff account (nobody could administer it). */
  private async keepOneStaff(tx: Prisma.TransactionClient, losingAccountId: string): Promise<void> {
    const others = await tx.account.count({
      where: { id: { not: losingAccountId }, status: 'active', grants: { some: { role: 'network-staff' } } },
    });
    const isStaff = await tx.roleGrant.count({ where: { accountId: losingAccountId, role: 'network-staff' } });
    if (isStaff && others === 0) throw identityError('lastStaff');
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient, type Account, type Prisma } from '@scn-prisma/gateway';
import type { RoleGrant } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { rowsFromGrants } from '../domain/account-grants';
import type { AccountStatus } from '../domain/account-status.rule';
import type { StaffStanding } from '../domain/last-staff.rule';
import type { AccountWithGrants } from './account.views';

export type Tx = Prisma.TransactionClient;

/** What an invitation or a registration writes about the person. */
export interface AccountProfile {
  displayName: string;
  language: string;
}

export interface AccountListFilter {
  role?: string;
  status?: AccountStatus;
  email?: string;
  limit: number;
  cursor?: string;
}

/** Reads and writes accounts and their role grants. */
@Injectable()
export class AccountRepository {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  /** Runs `work` in one transaction: the change and its events are committed together or not at all. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.$transaction(work);
  }

  findByEmail(email: string, tx: Tx = this.db): Promise<Account | null> {
    return tx.account.findUnique({ where: { email } });
  }

  findByEmailWithGrants(email: string, tx: Tx = this.db): Promise<AccountWithGrants | null> {
    return tx.account.findUnique({ where: { email }, include: { grants: true } });
  }

  find(id: string, tx: Tx = this.db): Promise<Account | null> {
    return tx.account.findUnique({ where: { id } });
  }

  findWithGrants(id: string, tx: Tx = this.db): Promise<AccountWithGrants | null> {
    return tx.account.findUnique({ where: { id }, include: { grants: true } });
  }

  /** The account with its grants, its row locked until the transaction ends (null when unknown). */
  async lockWithGrants(tx: Tx, id: string): Promise<AccountWithGrants | null> {
    await tx.$queryRaw`SELECT 1 FROM accounts WHERE id = ${id}::uuid FOR UPDATE`;
    return tx.account.findUnique({ where: { id }, include: { grants: true } });
  }

  getWithGrants(tx: Tx, id: string): Promise<AccountWithGrants> {
    return tx.account.findUniqueOrThrow({ where: { id }, include: { grants: true } });
  }

  /** Accounts by id (a UUIDv7, so by creation), one more than `limit` to tell whether a next page exists. */
  list(filter: AccountListFilter): Promise<AccountWithGrants[]> {
    const where: Prisma.AccountWhereInput = {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.role ? { grants: { some: { role: filter.role } } } : {}),
      ...(filter.email ? { email: { startsWith: filter.email.toLowerCase() } } : {}),
    };
    return this.db.account.findMany({
      where,
      include: { grants: true },
      orderBy: { id: 'asc' },
      take: filter.limit + 1,
      ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
    });
  }

  /** Creates an invited account, or updates the profile of one still invited. */
  async saveInvited(tx: Tx, id: string, email: string, profile: AccountProfile): Promise<void> {
    const fields = { displayName: profile.displayName, language: profile.language };
    await tx.account.upsert({ where: { id }, create: { id, email, status: 'invited', ...fields }, update: fields });
  }

  /** Creates an applicant's account waiting for email verification (one already waiting is left as it is). */
  saveApplicant(tx: Tx, id: string, email: string, profile: AccountProfile & { passwordHash: string }): Promise<Account> {
    const fields = { displayName: profile.displayName, language: profile.language, passwordHash: profile.passwordHash };
    return tx.account.upsert({
      where: { id },
      create: { id, email, status: 'pending_verification', ...fields, grants: { create: { id: uuidv7(), role: 'applicant' } } },
      update: {},
    });
  }

  /** Replaces every role grant of an account. */
  async replaceGrants(tx: Tx, accountId: string, grants: readonly RoleGrant[]): Promise<void> {
    await tx.roleGrant.deleteMany({ where: { accountId } });
    await tx.roleGrant.createMany({ data: rowsFromGrants(grants).map((row) => ({ id: uuidv7(), accountId, ...row })) });
  }

  /** Removes every grant of one role from an account. */
  async dropRole(tx: Tx, accountId: string, role: string): Promise<void> {
    await tx.roleGrant.deleteMany({ where: { accountId, role } });
  }

  /**
   * Closes an account for good and removes what it held of the person: the email becomes
   * `tombstone`, the display name is cleared, the password hash and the verification time
   * go, and so do its grants. The row and its id stay (the audit log and sessions name it).
   */
  async erase(tx: Tx, id: string, tombstone: string): Promise<void> {
    await tx.account.update({
      where: { id },
      data: { status: 'disabled', email: tombstone, displayName: '', passwordHash: null, emailVerifiedAt: null, failedLogins: 0, lockedUntil: null },
    });
    await tx.roleGrant.deleteMany({ where: { accountId: id } });
    // The audit log keeps what the account did (the accountability staff need), no longer
    // who the person was: their email and the addresses they came from go.
    await tx.auditEntry.updateMany({ where: { actorId: id }, data: { actorEmail: tombstone, clientIp: null } });
  }

  /** An invited person chose a password: the account is active, its email verified by the invitation link. */
  activateInvited(tx: Tx, id: string, passwordHash: string, now: Date): Promise<AccountWithGrants> {
    return tx.account.update({
      where: { id },
      data: { status: 'active', passwordHash, emailVerifiedAt: now, failedLogins: 0, lockedUntil: null },
      include: { grants: true },
    });
  }

  /** An applicant followed the verification link: the account is active. */
  activateVerified(tx: Tx, id: string, now: Date): Promise<AccountWithGrants> {
    return tx.account.update({ where: { id }, data: { status: 'active', emailVerifiedAt: now }, include: { grants: true } });
  }

  /** Sets a new password and lifts any lock-out. */
  async setPassword(tx: Tx, id: string, passwordHash: string): Promise<void> {
    await tx.account.update({ where: { id }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
  }

  disable(tx: Tx, id: string): Promise<AccountWithGrants> {
    return tx.account.update({ where: { id }, data: { status: 'disabled' }, include: { grants: true } });
  }

  /** Whether the account is staff, and how many other active staff accounts there are. */
  async staffStanding(tx: Tx, accountId: string): Promise<StaffStanding> {
    const otherActiveStaff = await tx.account.count({
      where: { id: { not: accountId }, status: 'active', grants: { some: { role: 'network-staff' } } },
    });
    const isStaff = await tx.roleGrant.count({ where: { accountId, role: 'network-staff' } });
    return { isStaff: isStaff > 0, otherActiveStaff };
  }

  /** Counts one more wrong password and returns the count so far. */
  async countFailedLogin(id: string): Promise<number> {
    const { failedLogins } = await this.db.account.update({
      where: { id },
      data: { failedLogins: { increment: 1 } },
      select: { failedLogins: true },
    });
    return failedLogins;
  }

  /** Locks the account until `until` and starts counting wrong passwords again. */
  async lock(id: string, until: Date): Promise<void> {
    await this.db.account.update({ where: { id }, data: { failedLogins: 0, lockedUntil: until } });
  }

  async clearFailedLogins(id: string): Promise<void> {
    await this.db.account.update({ where: { id }, data: { failedLogins: 0, lockedUntil: null } });
  }

  /**
   * Creates an active network-staff account (the deployment's first), or nothing when
   * another replica created it first (ON CONFLICT DO NOTHING: the transaction stays usable).
   */
  async createActiveStaff(tx: Tx, email: string, displayName: string, passwordHash: string, now: Date): Promise<Account | null> {
    const id = uuidv7();
    const { count } = await tx.account.createMany({
      data: [{ id, email, displayName, status: 'active', passwordHash, emailVerifiedAt: now }],
      skipDuplicates: true,
    });
    if (count === 0) return null;
    await tx.roleGrant.create({ data: { id: uuidv7(), accountId: id, role: 'network-staff' } });
    return tx.account.findUniqueOrThrow({ where: { id } });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/gateway';
import type { RoleGrant } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { DATABASE } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { rowsFromGrants } from './account-grants';
import { accountRef, toAccountView, type AccountView } from './account-view';
import { consumeActionToken, emailedLink, issueActionToken } from './action-tokens';
import { identityError } from './identity.errors';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

export interface InvitationRequest {
  email: string;
  displayName: string;
  language: string;
  grants: RoleGrant[];
}

export interface RegistrationRequest {
  email: string;
  password: string;
  displayName: string;
  language: string;
}

/**
 * How people get an account and get back into it: staff invitations, applicants'
 * self-registration with email verification, and password resets. Every email is an
 * event in the same transaction as the change; the notifications service sends it.
 */
@Injectable()
export class OnboardingService {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly outbox: Outbox,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
  ) {}

  /** Invites a person (a new account, or again an account still invited). */
  async invite(request: InvitationRequest, invitedBy: string): Promise<{ account: AccountView; expiresAt: string }> {
    const email = request.email.toLowerCase();
    return this.db.$transaction(async (tx) => {
      const existing = await tx.account.findUnique({ where: { email } });
      if (existing && existing.status !== 'invited') throw identityError('emailTaken');
      const id = existing?.id ?? uuidv7();
      const fields = { displayName: request.displayName, language: request.language };
      await tx.account.upsert({ where: { id }, create: { id, email, status: 'invited', ...fields }, update: fields });
      await tx.roleGrant.deleteMany({ where: { accountId: id } });
      await tx.roleGrant.createMany({ data: rowsFromGrants(request.grants).map((row) => ({ id: uuidv7(), accountId: id, ...row })) });
      const account = await tx.account.findUniqueOrThrow({ where: { id }, include: { grants: true } });
      const { token, expiresAt } = await issueActionToken(tx, id, 'invitation', this.options.INVITATION_TTL_S);
      const view = toAccountView(account);
      await this.outbox.add(tx, 'account.invited.v1', id, {
        ...accountRef(account),
        grants: view.grants,
        invitedBy,
        acceptLink: emailedLink(this.options.PUBLIC_WEB_URL, 'accept-invitation', token, expiresAt),
      });
      return { account: view, expiresAt: expiresAt.toISOString() };
    });
  }

  async acceptInvitation(token: string, password: string): Promise<AccountView> {
    const passwordHash = await this.hasher.hash(password);
    return this.db.$transaction(async (tx) => {
      const accountId = await consumeActionToken(tx, 'invitation', token);
      const account = await tx.account.update({
        where: { id: accountId },
        data: { status: 'active', passwordHash, emailVerifiedAt: new Date(), failedLogins: 0, lockedUntil: null },
        include: { grants: true },
      });
      const view = toAccountView(account);
      await this.outbox.add(tx, 'account.activated.v1', accountId, { ...accountRef(account), grants: view.grants });
      return view;
    });
  }

  /**
   * An applicant signs up. The answer is the same whether or not the email is known, so
   * the form cannot be used to find out who has an account; a pending account gets a new
   * verification link.
   */
  async register(request: RegistrationRequest): Promise<void> {
    const email = request.email.toLowerCase();
    const passwordHash = await this.hasher.hash(request.password);
    await this.db.$transaction(async (tx) => {
      const existing = await tx.account.findUnique({ where: { email } });
      if (existing && existing.status !== 'pending_verification') return;
      const id = existing?.id ?? uuidv7();
      const fields = { displayName: request.displayName, language: request.language, passwordHash };
      const account = await tx.account.upsert({
        where: { id },
        create: { id, email, status: 'pending_verification', ...fields, grants: { create: { id: uuidv7(), role: 'applicant' } } },
        update: {},
      });
      const { token, expiresAt } = await issueActionToken(tx, id, 'email_verification', this.options.EMAIL_VERIFICATION_TTL_S);
      await this.outbox.add(tx, 'account.verification-requested.v1', id, {
        ...accountRef(account),
        verifyLink: emailedLink(this.options.PUBLIC_WEB_URL, 'verify-email', token, expiresAt),
      });
    });
  }

  async verifyEmail(token: string): Promise<AccountView> {
    return this.db.$transaction(async (tx) => {
      const accountId = await consumeActionToken(tx, 'email_verification', token);
      const account = await tx.account.update({
        where: { id: accountId },
        data: { status: 'active', emailVerifiedAt: new Date() },
        include: { grants: true },
      });
      const view = toAccountView(account);
      await this.outbox.add(tx, 'account.activated.v1', accountId, { ...accountRef(account), grants: view.grants });
      return view;
    });
  }

  /** Sends a reset link to an active account; silently does nothing for unknown emails. */
  async requestPasswordReset(email: string): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const account = await tx.account.findUnique({ where: { email: email.toLowerCase() } });
      if (!account || account.status !== 'active') return;
      const { token, expiresAt } = await issueActionToken(tx, account.id, 'password_reset', this.options.PASSWORD_RESET_TTL_S);
      await this.outbox.add(tx, 'account.password-reset-requested.v1', account.id, {
        ...accountRef(account),
        resetLink: emailedLink(this.options.PUBLIC_WEB_URL, 'reset-password', token, expiresAt),
      });
    });
  }

  /** Sets the new password, lifts a lock-out and signs every device out. */
  async confirmPasswordReset(token: string, password: string): Promise<void> {
    const passwordHash = await this.hasher.hash(password);
    const accountId = await this.db.$transaction(async (tx) => {
      const id = await consumeActionToken(tx, 'password_reset', token);
      await tx.account.update({ where: { id }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
      return id;
    });
    await this.sessions.revokeAll(accountId, 'password-reset');
  }
}

import { Controller, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { setAuditActor } from '../../audit/audit-actor';
import { Endpoint } from '../../http/endpoint.decorator';
import type { RouteInput } from '../../http/route-declaration';
import { Input } from '../../http/route-params.decorator';
import { AUTH_ROUTES as R } from '../auth.routes';
import { AcceptInvitationHandler } from '../commands/accept-invitation/accept-invitation.handler';
import { ConfirmPasswordResetHandler } from '../commands/confirm-password-reset/confirm-password-reset.handler';
import { RefreshSessionHandler } from '../commands/refresh-session/refresh-session.handler';
import { RegisterApplicantHandler } from '../commands/register-applicant/register-applicant.handler';
import { RequestPasswordResetHandler } from '../commands/request-password-reset/request-password-reset.handler';
import { SignInHandler } from '../commands/sign-in/sign-in.handler';
import { SignOutHandler } from '../commands/sign-out/sign-out.handler';
import { VerifyEmailHandler } from '../commands/verify-email/verify-email.handler';

/** Signing in and out, and the flows that start from an emailed link. */
@Controller()
export class AuthController {
  constructor(
    private readonly signIn: SignInHandler,
    private readonly refreshSession: RefreshSessionHandler,
    private readonly signOut: SignOutHandler,
    private readonly registerApplicant: RegisterApplicantHandler,
    private readonly verifyEmailHandler: VerifyEmailHandler,
    private readonly requestReset: RequestPasswordResetHandler,
    private readonly confirmReset: ConfirmPasswordResetHandler,
    private readonly acceptInvitationHandler: AcceptInvitationHandler,
  ) {}

  @Endpoint(R.login)
  login(@Input() { body }: RouteInput<typeof R.login>, @Req() request: FastifyRequest) {
    return this.signIn.execute(body, (account) => setAuditActor(request, account));
  }

  @Endpoint(R.refresh)
  refresh(@Input() { body }: RouteInput<typeof R.refresh>) {
    return this.refreshSession.execute(body);
  }

  @Endpoint(R.logout)
  logout(@Input() { body }: RouteInput<typeof R.logout>) {
    return this.signOut.execute(body);
  }

  @Endpoint(R.register)
  async register(@Input() { body }: RouteInput<typeof R.register>) {
    await this.registerApplicant.execute(body);
    return { status: 'accepted' as const };
  }

  @Endpoint(R.verifyEmail)
  verifyEmail(@Input() { body }: RouteInput<typeof R.verifyEmail>) {
    return this.verifyEmailHandler.execute(body);
  }

  @Endpoint(R.requestPasswordReset)
  async requestPasswordReset(@Input() { body }: RouteInput<typeof R.requestPasswordReset>) {
    await this.requestReset.execute(body);
    return { status: 'accepted' as const };
  }

  @Endpoint(R.confirmPasswordReset)
  confirmPasswordReset(@Input() { body }: RouteInput<typeof R.confirmPasswordReset>) {
    return this.confirmReset.execute(body);
  }

  @Endpoint(R.acceptInvitation)
  acceptInvitation(@Input() { body }: RouteInput<typeof R.acceptInvitation>) {
    return this.acceptInvitationHandler.execute(body);
  }
}

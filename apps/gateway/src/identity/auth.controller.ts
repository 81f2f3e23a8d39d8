import { Controller, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { setAuditActor } from '../audit/audit-actor';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Input } from '../http/route-params.decorator';
import { AUTH_ROUTES as R } from './auth.routes';
import { OnboardingService } from './onboarding.service';
import { SessionsService } from './sessions.service';

/** Signing in and out, and the flows that start from an emailed link. */
@Controller()
export class AuthController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly onboarding: OnboardingService,
  ) {}

  @Endpoint(R.login)
  login(@Input() { body }: RouteInput<typeof R.login>, @Req() request: FastifyRequest) {
    return this.sessions.login(body.email, body.password, (account) => setAuditActor(request, account));
  }

  @Endpoint(R.refresh)
  refresh(@Input() { body }: RouteInput<typeof R.refresh>) {
    return this.sessions.refresh(body.refreshToken);
  }

  @Endpoint(R.logout)
  logout(@Input() { body }: RouteInput<typeof R.logout>) {
    return this.sessions.logout(body.refreshToken);
  }

  @Endpoint(R.register)
  async register(@Input() { body }: RouteInput<typeof R.register>) {
    await this.onboarding.register(body);
    return { status: 'accepted' as const };
  }

  @Endpoint(R.verifyEmail)
  verifyEmail(@Input() { body }: RouteInput<typeof R.verifyEmail>) {
    return this.onboarding.verifyEmail(body.token);
  }

  @Endpoint(R.requestPasswordReset)
  async requestPasswordReset(@Input() { body }: RouteInput<typeof R.requestPasswordReset>) {
    await this.onboarding.requestPasswordReset(body.email);
    return { status: 'accepted' as const };
  }

  @Endpoint(R.confirmPasswordReset)
  confirmPasswordReset(@Input() { body }: RouteInput<typeof R.confirmPasswordReset>) {
    return this.onboarding.confirmPasswordReset(body.token, body.password);
  }

  @Endpoint(R.acceptInvitation)
  acceptInvitation(@Input() { body }: RouteInput<typeof R.acceptInvitation>) {
    return this.onboarding.acceptInvitation(body.token, body.password);
  }
}

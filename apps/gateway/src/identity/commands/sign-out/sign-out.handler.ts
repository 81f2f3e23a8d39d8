import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@scn/platform';
import type { RouteInput } from '../../../http/route-declaration';
import type { AUTH_ROUTES } from '../../auth.routes';
import { tokenDigest } from '../../infra/secret-token';
import { SessionRepository } from '../../infra/session.repository';

export type SignOutCommand = RouteInput<typeof AUTH_ROUTES.logout>['body'];

/** Ends the session the refresh token belongs to; an unknown token changes nothing. */
@Injectable()
export class SignOutHandler {
  constructor(
    private readonly sessions: SessionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: SignOutCommand): Promise<void> {
    const sessionId = await this.sessions.sessionOf(tokenDigest(command.refreshToken));
    if (sessionId) await this.sessions.revoke(sessionId, 'logout', this.clock.now());
  }
}

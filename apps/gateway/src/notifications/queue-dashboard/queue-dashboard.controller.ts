import { Controller, Inject, Req, Res } from '@nestjs/common';
import { CONFIG } from '@scn/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../../config';
import { Endpoint } from '../../http/endpoint.decorator';
import { dashboardToken, QUEUE_DASHBOARD_COOKIE, QUEUE_DASHBOARD_PATH } from './queue-dashboard-auth';
import { QUEUE_DASHBOARD_ROUTES as R } from './queue-dashboard.routes';

/** Hands a staff member's browser the cookie the queue dashboard accepts. */
@Controller()
export class QueueDashboardController {
  constructor(@Inject(CONFIG) private readonly config: GatewayConfig) {}

  @Endpoint(R.session)
  session(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const token = dashboardToken(request) ?? '';
    const attributes = [
      `${QUEUE_DASHBOARD_COOKIE}=${encodeURIComponent(token)}`,
      `Path=${QUEUE_DASHBOARD_PATH}`,
      `Max-Age=${this.config.ACCESS_TOKEN_TTL_S}`,
      'HttpOnly',
      'SameSite=Strict',
      ...(this.config.NODE_ENV === 'production' ? ['Secure'] : []),
    ];
    void reply.header('set-cookie', attributes.join('; '));
    return { url: `${QUEUE_DASHBOARD_PATH}/` };
  }
}

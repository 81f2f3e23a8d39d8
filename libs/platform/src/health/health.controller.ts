import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ReadinessService } from './readiness.service';

/** Liveness and readiness probes, outside the versioned API. */
@Controller()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('healthz')
  @HttpCode(200)
  liveness(@Res({ passthrough: true }) reply: FastifyReply) {
    if (!this.readiness.isAlive()) reply.status(503);
    return { status: this.readiness.isAlive() ? 'ok' : 'shutting-down' };
  }

  @Get('readyz')
  async readinessProbe(@Res({ passthrough: true }) reply: FastifyReply) {
    const report = await this.readiness.report();
    reply.status(report.status === 'ready' ? 200 : 503);
    return report;
  }
}

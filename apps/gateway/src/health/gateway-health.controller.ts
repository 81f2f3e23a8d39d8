import { Controller, Get, Res } from '@nestjs/common';
import { SERVICE_NAMES, type DependencyStatus, type ReadinessReport, type ServiceName } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { ReadinessService, RpcCallError } from '@scn/platform';
import type { FastifyReply } from 'fastify';

const BACKEND_SERVICES = SERVICE_NAMES.filter((name): name is Exclude<ServiceName, 'gateway'> => name !== 'gateway');
const SERVICE_CHECK_TIMEOUT_MS = 1_500;

/**
 * Liveness and readiness of the gateway. Ready means the gateway's own dependencies (NATS,
 * its database) are up; each service behind it is reported too, so an operator sees at a
 * glance which part of the API is degraded.
 */
@Controller()
export class GatewayHealthController {
  constructor(
    private readonly readiness: ReadinessService,
    private readonly rpc: RpcClient,
  ) {}

  @Get('healthz')
  liveness(@Res({ passthrough: true }) reply: FastifyReply) {
    const alive = this.readiness.isAlive();
    reply.status(alive ? 200 : 503);
    return { status: alive ? 'ok' : 'shutting-down' };
  }

  @Get('readyz')
  async readinessProbe(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const [own, services] = await Promise.all([this.readiness.report(), this.servicesStatus()]);
    reply.status(own.status === 'ready' ? 200 : 503);
    return { ...own, services };
  }

  private async servicesStatus(): Promise<Record<string, DependencyStatus>> {
    const entries = await Promise.all(
      BACKEND_SERVICES.map(async (service) => [service, await this.serviceStatus(service)] as const),
    );
    return Object.fromEntries(entries);
  }

  private async serviceStatus(service: Exclude<ServiceName, 'gateway'>): Promise<DependencyStatus> {
    try {
      const report = await this.rpc.call(service, 'health.ready', {}, { timeoutMs: SERVICE_CHECK_TIMEOUT_MS });
      if (report.status === 'ready') return { status: 'up' };
      const down = Object.entries(report.dependencies)
        .filter(([, dependency]) => dependency.status === 'down')
        .map(([name, dependency]) => `${name}: ${dependency.message ?? 'down'}`);
      return { status: 'down', message: down.join('; ') || 'not ready' };
    } catch (error) {
      return { status: 'down', message: error instanceof RpcCallError ? error.message : String(error) };
    }
  }
}

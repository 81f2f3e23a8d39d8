import { Injectable } from '@nestjs/common';
import type { CallerIdentity, DirectoryStatistics, RpcRequest } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { DeadLettersService } from '../dead-letters/dead-letters.service';
import type { NetworkDashboard } from './network-dashboard.routes';
import { LIVE_STATUSES, partnershipFigures, regionCountry, type LiveStatus } from './partnership-figures';

/**
 * Gathers the dashboard from where each figure lives, all at once: the partnerships
 * service (the directory's statistics, which count in SQL; member programs' standing),
 * the exchanges and applications services (their counts), the notifications service
 * (failed deliveries, queue depths) and the dead-letter stream. Every call carries the
 * caller, and each service checks it is staff itself.
 */
@Injectable()
export class NetworkDashboardService {
  constructor(
    private readonly rpc: RpcClient,
    private readonly deadLetters: DeadLettersService,
  ) {}

  async gather(caller: CallerIdentity | undefined, now = new Date()): Promise<NetworkDashboard> {
    const statistics = (request: RpcRequest<'directory.statistics'>) => this.rpc.call('partnerships', 'directory.statistics', request, { caller });
    const perStatus = async (country?: string) => {
      const answers = await Promise.all(LIVE_STATUSES.map(async (status) => [status, await statistics({ status, ...(country ? { country } : {}) })] as const));
      return Object.fromEntries(answers) as Record<LiveStatus, DirectoryStatistics>;
    };
    const partnerships = (async () => {
      const [all, byStatus] = await Promise.all([statistics({ status: ['proposed', 'active', 'suspended', 'terminated'] }), perStatus()]);
      const country = regionCountry(all);
      return partnershipFigures(all, byStatus, country ? await perStatus(country) : null);
    })();
    const [partnershipsFigures, memberPrograms, exchangePrograms, applications, deliveries, deadLetters] = await Promise.all([
      partnerships,
      this.rpc.call('partnerships', 'member-programs.standing-counts', {}, { caller }),
      this.rpc.call('exchanges', 'exchange-programs.status-counts', {}, { caller }),
      this.rpc.call('applications', 'applications.funnel-counts', {}, { caller }),
      this.rpc.call('notifications', 'notifications.delivery-counts', {}, { caller }),
      this.deadLetters.count(),
    ]);
    return {
      partnerships: partnershipsFigures,
      memberPrograms,
      exchangePrograms,
      applications,
      failedDeliveries: deliveries.failedDeliveries,
      deadLetters,
      queues: deliveries.queues,
      generatedAt: now.toISOString(),
    };
  }
}

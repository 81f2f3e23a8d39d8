import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { isNetworkStaff, NETWORK_COUNTS_PROBLEMS, QUEUES, queuePrefix, type CallerIdentity, type RpcAnswer } from '@scn/contracts';
import { CONFIG, DATABASE } from '@scn/platform';
import { problemError } from '@scn/platform/errors';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { NotificationsConfig } from '../../../config';
import { REDIS } from '../../../infra/redis.module';
import { DEPTH_STATES } from '../../infra/delivery-metrics';
import { closeOnceStarted } from '../../../infra/close-bullmq';

/**
 * What the network dashboard shows of deliveries: notifications that failed for good (a
 * count in SQL) and the depth of each of the service's queues (counts Redis keeps per
 * state, as the metrics report them), read on the connection the service already has.
 */
@Injectable()
export class CountDeliveriesHandler implements OnApplicationShutdown {
  private readonly queues: Queue[];

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(REDIS) redis: Redis,
    @Inject(CONFIG) config: NotificationsConfig,
  ) {
    const prefix = queuePrefix(config.SCN_NAMESPACE);
    this.queues = Object.values(QUEUES).map((queue) => new Queue(queue.name, { connection: redis, prefix }));
  }

  async execute(caller: CallerIdentity | undefined): Promise<RpcAnswer<'notifications.delivery-counts'>> {
    if (!isNetworkStaff(caller)) throw problemError(NETWORK_COUNTS_PROBLEMS.staffOnly);
    const [failedDeliveries, queues] = await Promise.all([
      this.db.notification.count({ where: { status: 'failed' } }),
      Promise.all(
        this.queues.map(async (queue) => {
          const counts = await queue.getJobCounts(...DEPTH_STATES);
          return {
            name: queue.name,
            waiting: counts['waiting'] ?? 0,
            active: counts['active'] ?? 0,
            delayed: counts['delayed'] ?? 0,
            prioritized: counts['prioritized'] ?? 0,
            failed: counts['failed'] ?? 0,
          };
        }),
      ),
    ]);
    return { failedDeliveries, queues };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.queues.map(closeOnceStarted));
  }
}

import { Injectable, Optional } from '@nestjs/common';
import { Metrics } from '@scn/platform';
import { Gauge } from 'prom-client';
import { DEPTH_STATES } from '../../deliveries/infra/delivery-metrics';
import { ReminderQueue } from './reminder-queue';

/**
 * The reminder queue's depth, read from Redis on each scrape: mostly `delayed` jobs (a
 * reminder waits in Redis until it is due). Shared by every replica: take the max, not the
 * sum. Without a registry (unit tests), nothing is recorded.
 */
@Injectable()
export class ReminderMetrics {
  constructor(queue: ReminderQueue, @Optional() metrics?: Metrics) {
    if (!metrics) return;
    const depth: Gauge<'state'> = new Gauge({
      name: 'scn_reminder_jobs',
      help: 'Jobs in the reminder queue by state (shared by every replica: take the max, not the sum)',
      labelNames: ['state'],
      registers: [metrics.registry],
      collect: async () => {
        try {
          const counts = await queue.queue.getJobCounts(...DEPTH_STATES);
          for (const state of DEPTH_STATES) depth.labels({ state }).set(counts[state] ?? 0);
        } catch {
          // Redis unreachable: keep the last values; readiness reports the outage.
        }
      },
    });
  }
}

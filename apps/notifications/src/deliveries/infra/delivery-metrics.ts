import { Injectable, Optional } from '@nestjs/common';
import { Metrics } from '@scn/platform';
import { Counter, Gauge, Histogram } from 'prom-client';
import { DeliveryQueue } from './delivery-queue';

/** Job states whose counts are reported as queue depth. */
export const DEPTH_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

/**
 * The notifications service's own series, in the process's registry: deliveries by channel
 * and outcome, delivery-job durations and failures, and the delivery queue's depth (read
 * from Redis on each scrape). Without a registry (unit tests), nothing is recorded.
 */
@Injectable()
export class DeliveryMetrics {
  private readonly deliveries?: Counter<'channel' | 'outcome'>;
  private readonly jobDuration?: Histogram<'job' | 'outcome'>;

  constructor(queue: DeliveryQueue, @Optional() metrics?: Metrics) {
    if (!metrics) return;
    const registers = [metrics.registry];
    this.deliveries = new Counter({
      name: 'scn_notification_deliveries_total',
      help: 'Tries to deliver a notification, by channel and outcome (sent, delivered, retried, failed)',
      labelNames: ['channel', 'outcome'],
      registers,
    });
    this.jobDuration = new Histogram({
      name: 'scn_queue_job_duration_seconds',
      help: 'Delivery-queue jobs run by this replica, by job name and outcome (completed or failed)',
      labelNames: ['job', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    });
    const depth: Gauge<'queue' | 'state'> = new Gauge({
      name: 'scn_queue_jobs',
      help: 'Jobs in the delivery queues by queue and state (shared by every replica: take the max, not the sum)',
      labelNames: ['queue', 'state'],
      registers,
      collect: async () => {
        try {
          for (const each of queue.queues) {
            const counts = await each.getJobCounts(...DEPTH_STATES);
            for (const state of DEPTH_STATES) depth.labels({ queue: each.name, state }).set(counts[state] ?? 0);
          }
        } catch {
          // Redis unreachable: keep the last values; readiness reports the outage.
        }
      },
    });
  }

  /** One try of one notification through its channel. */
  delivery(channel: string, outcome: 'sent' | 'delivered' | 'retried' | 'failed'): void {
    this.deliveries?.labels({ channel, outcome }).inc();
  }

  /** One job run to its end (a thrown failure counts as failed, BullMQ retries it). */
  job(job: string, outcome: 'completed' | 'failed', seconds: number): void {
    this.jobDuration?.labels({ job, outcome }).observe(seconds);
  }
}

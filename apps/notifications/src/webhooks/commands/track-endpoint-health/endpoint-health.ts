import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import { CONFIG, DATABASE } from '@scn/platform';
import type { NotificationsConfig } from '../../../config';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import { describeDuration } from '../../domain/describe-duration';
import { cancelQueuedDeliveries } from '../../infra/queued-deliveries';

type Tx = Prisma.TransactionClient;

/** Why an endpoint is disabled at once when its receiver answers 410. */
export const GONE_REASON = 'the receiver answered 410 Gone';

interface LockedEndpoint {
  id: string;
  url: string;
  enabled: boolean;
  failing_since: Date | null;
  created_by: string;
}

/**
 * Keeps each endpoint's record of success and failure, and disables an endpoint that no
 * longer works: at once on 410 Gone, or once every delivery has failed for
 * WEBHOOK_DISABLE_AFTER_MS. Disabling cancels its queued notifications and tells the
 * account that created it (email and inbox), in one transaction with the row locked, so
 * concurrent deliveries disable it — and tell its owner — once. The webhook sender calls
 * it after each outcome (the delivery worker's onDelivered / onGaveUp hooks).
 */
@Injectable()
export class EndpointHealth {
  private readonly logger = new Logger(EndpointHealth.name);

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CONFIG) private readonly config: Pick<NotificationsConfig, 'WEBHOOK_DISABLE_AFTER_MS'>,
    private readonly planner: NotificationPlanner,
  ) {}

  /** A delivery succeeded: the endpoint works again. */
  async recordSuccess(endpointId: string, now = new Date()): Promise<void> {
    await this.db.webhookEndpoint.updateMany({ where: { id: endpointId }, data: { failingSince: null, lastSuccessAt: now } });
  }

  /**
   * A notification was given up: the endpoint is failing since now (unless it already
   * was), and is disabled when it has been failing long enough. `notificationId` is the
   * one given up (it is not cancelled: the worker records its failure).
   */
  async recordGaveUp(endpointId: string, notificationId: string, now = new Date()): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const endpoint = await lockEndpoint(tx, endpointId);
      if (!endpoint?.enabled) return;
      const failingSince = endpoint.failing_since ?? now;
      const failingForMs = now.getTime() - failingSince.getTime();
      if (failingForMs >= this.config.WEBHOOK_DISABLE_AFTER_MS) {
        const reason = `every delivery has failed since ${failingSince.toISOString()} (${describeDuration(failingForMs)})`;
        await this.disable(tx, endpoint, reason, now, notificationId);
      } else if (!endpoint.failing_since) {
        await tx.webhookEndpoint.update({ where: { id: endpointId }, data: { failingSince } });
      }
    });
  }

  /** Disables an endpoint at once (its receiver answered 410); false when it already was. */
  disableNow(endpointId: string, reason: string, notificationId: string | null, now = new Date()): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const endpoint = await lockEndpoint(tx, endpointId);
      if (!endpoint?.enabled) return false;
      await this.disable(tx, endpoint, reason, now, notificationId);
      return true;
    });
  }

  private async disable(tx: Tx, endpoint: LockedEndpoint, reason: string, now: Date, sparedNotificationId: string | null): Promise<void> {
    await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { enabled: false, disabledAt: now, disabledReason: reason } });
    await cancelQueuedDeliveries(tx, endpoint.id, sparedNotificationId);
    await this.tellOwner(tx, endpoint, reason, now);
    this.logger.warn(`webhook endpoint ${endpoint.id} disabled: ${reason}`);
  }

  private async tellOwner(tx: Tx, endpoint: LockedEndpoint, reason: string, disabledAt: Date): Promise<void> {
    const owner = await tx.recipient.findUnique({ where: { accountId: endpoint.created_by } });
    if (!owner) {
      this.logger.warn(`webhook endpoint ${endpoint.id} disabled, but its creator (account ${endpoint.created_by}) is not a known recipient: nobody told`);
      return;
    }
    await this.planner.plan(tx, {
      // One message per disabling: re-enabled and disabled again later is news again.
      sourceKey: `endpoint-disabled:${endpoint.id}:${disabledAt.getTime()}`,
      type: 'webhook.endpoint-disabled',
      facts: { endpointId: endpoint.id, url: endpoint.url, reason },
      audience: { kind: 'person', email: owner.email, displayName: owner.displayName, language: owner.language, accountId: owner.accountId },
      // Never to webhooks: a failing endpoint would be told about itself.
      webhooks: { kind: 'none' },
    });
  }
}

/** The endpoint's row, locked until the transaction ends. */
async function lockEndpoint(tx: Tx, endpointId: string): Promise<LockedEndpoint | undefined> {
  const rows = await tx.$queryRawUnsafe<LockedEndpoint[]>(
    `SELECT id, url, enabled, failing_since, created_by FROM webhook_endpoints WHERE id = $1::uuid FOR UPDATE`,
    endpointId,
  );
  return rows[0];
}

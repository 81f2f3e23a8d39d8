import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { CONFIG, DATABASE } from '@scn/platform';
import type { NotificationsConfig } from '../../config';
import {
  PermanentDeliveryError,
  RetryableDeliveryError,
  type ChannelSender,
  type DeliveryReceipt,
  type NotificationToDeliver,
} from '../../deliveries/domain/channel-sender';
import { EndpointHealth, GONE_REASON } from '../commands/track-endpoint-health/endpoint-health';
import { classifyResponse } from '../domain/response-classification';
import { parseRetryAfter } from '../domain/retry-after';
import { signedWebhookMessage } from '../domain/webhook-message';
import { DestinationGuard } from './destination-guard';

/** How much of a refusing receiver's answer goes into the delivery log. */
const SNIPPET_BYTES = 300;

/**
 * Delivers webhook notifications (Standard Webhooks): one signed POST per try to the
 * endpoint's URL, without following redirects, within WEBHOOK_TIMEOUT_MS. 2xx delivers;
 * 408, 429, 5xx, time-outs and network errors are retried (honouring Retry-After); 410
 * disables the endpoint at once; anything else fails for good.
 */
@Injectable()
export class WebhookChannelSender implements ChannelSender {
  readonly channel = 'webhook' as const;

  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CONFIG) private readonly config: Pick<NotificationsConfig, 'WEBHOOK_TIMEOUT_MS' | 'DELIVERY_BACKOFF_MAX_MS'>,
    private readonly destinations: DestinationGuard,
    private readonly health: EndpointHealth,
  ) {}

  async deliver(notification: NotificationToDeliver): Promise<DeliveryReceipt> {
    const endpointId = notification.endpointId;
    if (!endpointId) throw new PermanentDeliveryError('not a webhook notification: it names no endpoint');
    const endpoint = await this.db.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { url: true, secret: true, enabled: true } });
    if (!endpoint?.enabled) throw new PermanentDeliveryError('endpoint disabled');

    // Checked before every try, not only when saved: the name may resolve elsewhere by now.
    const verdict = await this.destinations.check(endpoint.url);
    if (!verdict.ok) {
      if (verdict.kind === 'unresolvable') throw new RetryableDeliveryError(verdict.message);
      throw new PermanentDeliveryError(`destination refused: ${verdict.message}`);
    }

    const message = signedWebhookMessage(
      { id: notification.id, type: notification.type, occurredAt: notification.createdAt, data: notification.payload, secret: endpoint.secret },
      new Date(),
    );
    let response: Response;
    try {
      response = await fetch(endpoint.url, {
        method: 'POST',
        headers: message.headers,
        body: message.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS),
      });
    } catch (error) {
      throw new RetryableDeliveryError(this.describeFailure(error));
    }
    const status = response.status;
    const verdictOfReceiver = classifyResponse(status);
    if (verdictOfReceiver === 'delivered') {
      // The status is the receipt: the body is not waited for.
      await response.body?.cancel().catch(() => undefined);
      return { outcome: 'delivered', responseStatus: status };
    }
    const answer = await snippetOf(response);
    switch (verdictOfReceiver) {
      case 'retry':
        throw new RetryableDeliveryError(
          `the receiver answered ${status}${answer}`,
          status,
          parseRetryAfter(response.headers.get('retry-after'), new Date(), this.config.DELIVERY_BACKOFF_MAX_MS),
        );
      case 'gone':
        await this.health.disableNow(endpointId, GONE_REASON, notification.id);
        throw new PermanentDeliveryError(`${GONE_REASON}: the endpoint is disabled`, status);
      case 'redirect':
        throw new PermanentDeliveryError(
          `the receiver answered ${status} (to ${response.headers.get('location') ?? 'nowhere'}): redirects are not followed, the endpoint's URL must be the final one`,
          status,
        );
      case 'reject':
        throw new PermanentDeliveryError(`the receiver answered ${status}${answer}`, status);
    }
  }

  async onDelivered(notification: NotificationToDeliver): Promise<void> {
    if (notification.endpointId) await this.health.recordSuccess(notification.endpointId);
  }

  /** Whatever the last failure was, the endpoint counts as failing (a 410 has disabled it already). */
  async onGaveUp(notification: NotificationToDeliver, _lastError: Error): Promise<void> {
    if (notification.endpointId) await this.health.recordGaveUp(notification.endpointId, notification.id);
  }

  private describeFailure(error: unknown): string {
    // Read by name, not instanceof: fetch's DOMException may come from another realm.
    const failure = (error ?? {}) as { name?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } };
    if (failure.name === 'TimeoutError' || failure.name === 'AbortError') return `no answer within ${this.config.WEBHOOK_TIMEOUT_MS} ms`;
    // fetch reports "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND, a TLS error…) as its cause.
    const reason = failure.cause?.code ?? failure.cause?.message ?? failure.message ?? error;
    return `could not reach the receiver: ${String(reason)}`;
  }
}

/**
 * The start of the receiver's answer (for the delivery log), after which the rest is
 * dropped so the connection is freed. Never fails: a body that breaks off says nothing.
 */
async function snippetOf(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < SNIPPET_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // time-out or reset while reading: the status is what counts
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = Buffer.concat(chunks).toString('utf8', 0, Math.min(size, SNIPPET_BYTES)).replace(/\s+/g, ' ').trim();
  return text ? `: ${text}` : '';
}

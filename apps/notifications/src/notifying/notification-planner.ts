import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, CONFIG, type Clock, type RawSql } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { NOTIFICATION_TYPES, type NotificationType } from '../catalogue/notification-types';
import type { NotificationsConfig } from '../config';
import { renderNotification } from '../templates';
import type { Audience, WebhookReach } from './domain/audience';
import { decideDelivery } from './domain/delivery-decision';
import type { NotificationRequest, PlanOutcome } from './domain/notification-request';
import type { ResolvedRecipient } from './domain/recipient';
import { AudienceResolver } from './infra/audience-resolver';
import { insertNotifications, type NotificationRow } from './infra/notification-rows';

/**
 * Raw SQL only (issue #16): callers plan in Prisma's transactions and in the `pg` pool's
 * (`sqlOnly` event handlers), and the planner is the same in both.
 */
type Tx = RawSql;

/**
 * Makes the notifications of something that happened: one per (cause, recipient or
 * endpoint, channel), in the caller's transaction, so they exist if and only if what caused
 * them is recorded. A repeated request (an event delivered twice) makes nothing new. The
 * dispatcher puts the queued ones in Redis after the commit.
 *
 * Not a handler of its own request: the command handlers of other features call it inside
 * their transactions, which is why it sits at the feature's root.
 */
@Injectable()
export class NotificationPlanner {
  constructor(
    private readonly audiences: AudienceResolver,
    @Inject(CONFIG) private readonly config: NotificationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async plan<T extends NotificationType>(tx: Tx, request: NotificationRequest<T>): Promise<PlanOutcome> {
    const definition = NOTIFICATION_TYPES[request.type];
    const facts = definition.facts.parse(request.facts) as Record<string, unknown>;
    const audiences: readonly Audience[] = isAudienceList(request.audience) ? request.audience : [request.audience];
    const recipients = await this.audiences.resolve(tx, audiences);
    const channels = request.channels ?? (['email', 'inbox'] as const);
    const enabled = await this.enabledChannels(tx, definition.category, recipients);
    const now = this.clock.now();
    // Webhook rows first: ids are time-ordered, and the dispatcher takes rows in id order, so
    // a partner city's endpoint is not served after every person of a large announcement.
    const rows: NotificationRow[] = await this.webhookRows(tx, request, facts, request.webhooks ?? { kind: 'none' });
    for (const recipient of recipients) {
      const message = renderNotification(request.type, facts as never, {
        language: recipient.language,
        timeZone: recipient.timeZone,
        recipientName: recipient.displayName,
      });
      // Only an account has an inbox: a listed contact gets email alone.
      for (const channel of channels.filter((c) => c !== 'inbox' || recipient.accountId)) {
        const decision = decideDelivery({
          channel,
          category: definition.category,
          critical: definition.critical,
          recipient,
          enabled: enabled.get(`${recipient.id}/${channel}`) ?? true,
          now,
          digestHour: this.config.DIGEST_HOUR,
        });
        rows.push({
          id: uuidv7(),
          sourceKey: request.sourceKey,
          targetKey: `recipient:${recipient.id}`,
          recipientId: recipient.id,
          endpointId: null,
          channel,
          type: request.type,
          category: definition.category,
          critical: definition.critical,
          language: message.language,
          payload: facts,
          title: message.title,
          body: message.summary,
          status: decision.status,
          statusReason: decision.status === 'filtered' ? decision.reason : null,
          notBefore: decision.status === 'queued' ? decision.notBefore : null,
          inDigest: decision.status === 'queued' && decision.inDigest,
        });
      }
    }
    if (!rows.length) return { created: 0, filtered: 0 };
    // Wakes the dispatcher too, when it inserted any.
    const count = await insertNotifications(tx, rows);
    const filtered = count === 0 ? 0 : rows.filter((row) => row.status === 'filtered').length;
    return { created: count, filtered: Math.min(filtered, count) };
  }

  /** Recipients' explicit choices for the category: `<recipient>/<channel>` → on or off. */
  private async enabledChannels(tx: Tx, category: string, recipients: ResolvedRecipient[]): Promise<Map<string, boolean>> {
    if (!recipients.length) return new Map();
    const choices = await tx.$queryRawUnsafe<Array<{ recipientId: string; channel: string; enabled: boolean }>>(
      `SELECT recipient_id AS "recipientId", channel::text AS channel, enabled FROM channel_preferences
        WHERE category = $1 AND recipient_id = ANY($2::uuid[])`,
      category,
      recipients.map((r) => r.id),
    );
    return new Map(choices.map((c) => [`${c.recipientId}/${c.channel}`, c.enabled]));
  }

  /** One queued webhook notification per enabled endpoint the reach covers that wants this type. */
  private async webhookRows(
    tx: Tx,
    request: NotificationRequest,
    facts: Record<string, unknown>,
    reach: WebhookReach,
  ): Promise<NotificationRow[]> {
    if (reach.kind === 'none') return [];
    let cityId: string | null = reach.kind === 'city' ? reach.cityId : null;
    if (reach.kind === 'partnership') {
      const [partnership] = await tx.$queryRawUnsafe<Array<{ partnerCityId: string }>>(
        `SELECT partner_city_id AS "partnerCityId" FROM known_partnerships WHERE id = $1::uuid`,
        reach.partnershipId,
      );
      cityId = partnership?.partnerCityId ?? null;
    }
    // The network's endpoints, and the partner cities' the reach covers: all of them, one, or none.
    const endpoints = await tx.$queryRawUnsafe<Array<{ id: string; types: string[] }>>(
      `SELECT id, types FROM webhook_endpoints
        WHERE enabled AND (owner = 'network' OR (owner = 'partner_city' AND ($1::boolean OR city_id = $2::text)))
        ORDER BY created_at, id`,
      reach.kind === 'all',
      cityId,
    );
    const wanting = endpoints.filter((endpoint) => endpoint.types.length === 0 || endpoint.types.includes(request.type));
    if (!wanting.length) return [];
    // The delivery log's line for an endpoint, in English.
    const message = renderNotification(request.type, facts as never, {
      language: 'en',
      timeZone: 'UTC',
      recipientName: '',
    });
    const definition = NOTIFICATION_TYPES[request.type];
    return wanting.map((endpoint) => ({
      id: uuidv7(),
      sourceKey: request.sourceKey,
      targetKey: `endpoint:${endpoint.id}`,
      recipientId: null,
      endpointId: endpoint.id,
      channel: 'webhook' as const,
      type: request.type,
      category: definition.category,
      critical: definition.critical,
      language: 'en',
      payload: facts,
      title: message.title,
      body: message.summary,
      status: 'queued' as const,
      statusReason: null,
      notBefore: null,
      inDigest: false,
    }));
  }
}

function isAudienceList(audience: Audience | readonly Audience[]): audience is readonly Audience[] {
  return Array.isArray(audience);
}

import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, CONFIG, type Clock, type RawSql } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { NOTIFICATION_TYPES, type NotificationType } from '../catalogue/notification-types';
import type { NotificationsConfig } from '../config';
import { renderNotification } from '../templates';
import type { Audience } from './domain/audience';
import { decideDelivery } from './domain/delivery-decision';
import type { NotificationRequest, PlanOutcome } from './domain/notification-request';
import type { ResolvedRecipient } from './domain/recipient';
import { AudienceResolver } from './infra/audience-resolver';
import { ChannelChoices } from './infra/channel-choices';
import { insertNotifications, type NotificationRow } from './infra/notification-rows';
import { endpointsReached } from './infra/webhook-endpoints';

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
    return this.planMany(tx, [request]);
  }

  /**
   * Plans every request in the caller's transaction, with one statement per kind of lookup
   * (but for audiences other than accounts, rare in a batch: one lookup each) and one insert
   * for all their rows. An event handler plans a batch of events at once (a matching release
   * sends hundreds of thousands): the round trips, not the rows, are what a request costs.
   * The rows are those each request would make alone.
   */
  async planMany(tx: Tx, requests: readonly NotificationRequest[]): Promise<PlanOutcome> {
    const parsed = requests.map((request) => ({
      request,
      facts: NOTIFICATION_TYPES[request.type].facts.parse(request.facts) as Record<string, unknown>,
    }));
    const recipients = await this.audiences.resolveMany(tx, requests.map(audiencesOf));
    const choices = await ChannelChoices.read(
      tx,
      requests.flatMap((request, i) =>
        (recipients[i] ?? []).map((recipient) => ({ category: NOTIFICATION_TYPES[request.type].category, recipientId: recipient.id })),
      ),
    );
    const endpoints = await endpointsReached(
      tx,
      requests.map((request) => ({ reach: request.webhooks ?? { kind: 'none' }, type: request.type })),
    );
    const now = this.clock.now();
    // Each request's webhook rows first: ids are time-ordered, and the dispatcher takes rows in
    // id order, so a partner city's endpoint is not served after every person of a large announcement.
    const rows = parsed.flatMap(({ request, facts }, i) => [
      ...webhookRows(request, facts, endpoints[i] ?? []),
      ...this.recipientRows(request, facts, recipients[i] ?? [], choices, now),
    ]);
    // Wakes the dispatcher too, when it inserted any.
    const created = await insertNotifications(tx, rows);
    const filtered = created === 0 ? 0 : rows.filter((row) => row.status === 'filtered').length;
    return { created, filtered: Math.min(filtered, created) };
  }

  /** One notification per recipient and channel, queued or filtered as their choices and hours decide. */
  private recipientRows(
    request: NotificationRequest,
    facts: Record<string, unknown>,
    recipients: readonly ResolvedRecipient[],
    choices: ChannelChoices,
    now: Date,
  ): NotificationRow[] {
    const definition = NOTIFICATION_TYPES[request.type];
    const channels = request.channels ?? (['email', 'inbox'] as const);
    const rows: NotificationRow[] = [];
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
          enabled: choices.enabled(definition.category, recipient.id, channel),
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
    return rows;
  }
}

/** One queued webhook notification per endpoint the request reaches (that wants its type). */
function webhookRows(request: NotificationRequest, facts: Record<string, unknown>, endpointIds: readonly string[]): NotificationRow[] {
  if (!endpointIds.length) return [];
  // The delivery log's line for an endpoint, in English.
  const message = renderNotification(request.type, facts as never, {
    language: 'en',
    timeZone: 'UTC',
    recipientName: '',
  });
  const definition = NOTIFICATION_TYPES[request.type];
  return endpointIds.map((endpointId) => ({
    id: uuidv7(),
    sourceKey: request.sourceKey,
    targetKey: `endpoint:${endpointId}`,
    recipientId: null,
    endpointId,
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

function audiencesOf(request: NotificationRequest): readonly Audience[] {
  return isAudienceList(request.audience) ? request.audience : [request.audience];
}

function isAudienceList(audience: Audience | readonly Audience[]): audience is readonly Audience[] {
  return Array.isArray(audience);
}

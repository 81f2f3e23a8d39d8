import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CLOCK, CONFIG, type Clock } from '@scn/platform';
import { PermanentDeliveryError, type ChannelSender, type DeliveryReceipt, type NotificationToDeliver } from '../../deliveries/domain/channel-sender';
import type { DigestMailer } from '../../deliveries/domain/digest-mailer';
import { renderDigest, type DigestItem, type RenderedMessage } from '../../templates';
import { digestMessageId, mailDomainOf, notificationMessageId } from '../domain/message-ids';
import { renderNotificationEmail, type EmailRecipient } from '../domain/notification-email';
import { classifySmtpFailure } from '../domain/smtp-failure';
import { UnsubscribeLinks } from '../../email-subscriptions/infra/unsubscribe-links';
import { unsubscribeLinkOf } from '../domain/unsubscribe-headers';
import { automatedEmailHeaders, notificationEmailHeaders } from '../domain/email-headers';
import { createSmtpPool, type EmailConfig, type SmtpPool } from './smtp-transport';

/** Whom to, what, and under which Message-ID. */
interface OutgoingEmail {
  recipient: EmailRecipient;
  message: RenderedMessage;
  messageId: string;
  headers: Record<string, string>;
}

/**
 * The email channel: renders a notification in its recipient's language and hands it to the
 * mail relay over a pooled SMTP transport. Failures are classified for the delivery worker
 * (see smtp-failure.ts); a success is `sent` (the relay has it, not yet the mailbox). It
 * also sends the daily digests (the deliveries feature's DigestMailer).
 */
@Injectable()
export class EmailChannelSender implements ChannelSender, DigestMailer, OnApplicationShutdown {
  readonly channel = 'email' as const;
  private readonly pool: SmtpPool;
  private readonly domain: string;

  constructor(
    @Inject(CONFIG) config: EmailConfig,
    private readonly unsubscribeLinks: UnsubscribeLinks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.pool = createSmtpPool(config);
    this.domain = mailDomainOf(config.EMAIL_FROM);
  }

  async deliver(notification: NotificationToDeliver, _attempt: number): Promise<DeliveryReceipt> {
    const recipient = notification.recipient;
    if (!recipient?.email) throw new PermanentDeliveryError('the recipient has no email address');
    // One link for the headers (the mail client's one-click POST) and the footer (the console's page).
    const unsubscribe = unsubscribeLinkOf(notification, recipient, (id) => this.unsubscribeLinks.issue(id, this.clock.now()));
    return this.send({
      recipient,
      message: renderNotificationEmail(notification, recipient, unsubscribe?.pageUrl ?? null),
      messageId: notificationMessageId(notification.id, this.domain),
      headers: notificationEmailHeaders(notification, unsubscribe),
    });
  }

  /** A recipient's daily digest: the given notifications (their inbox lines) in one email. */
  async sendDigest(recipient: EmailRecipient, items: readonly DigestItem[]): Promise<DeliveryReceipt> {
    if (!recipient.email) throw new PermanentDeliveryError('the recipient has no email address');
    const message = renderDigest(items, { language: recipient.language, timeZone: recipient.timeZone, recipientName: recipient.displayName });
    return this.send({ recipient, message, messageId: digestMessageId(recipient.id, items, this.domain), headers: { 'X-SCN-Digest': String(items.length) } });
  }

  /** Runs after the delivery worker stopped (before shutdown): closes the pool's connections. */
  onApplicationShutdown(): void {
    this.pool.close();
  }

  private async send({ recipient, message, messageId, headers }: OutgoingEmail): Promise<DeliveryReceipt> {
    try {
      const info = await this.pool.sendMail({
        to: { name: recipient.displayName, address: recipient.email },
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId,
        headers: { ...headers, ...automatedEmailHeaders(message.language) },
      });
      return { outcome: 'sent', responseStatus: replyCodeOf(info.response) ?? 250, detail: info.messageId };
    } catch (error) {
      throw classifySmtpFailure(error);
    }
  }
}

/** The code of an SMTP reply such as "250 2.0.0 Ok: queued as 4C1". */
function replyCodeOf(response: unknown): number | undefined {
  const match = typeof response === 'string' ? /^(\d{3})\b/.exec(response) : null;
  return match ? Number(match[1]) : undefined;
}

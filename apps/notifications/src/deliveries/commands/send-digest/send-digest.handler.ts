import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { DATABASE } from '@scn/platform';
import { DIGEST_MAILER, type DigestMailer } from '../../domain/digest-mailer';
import type { DigestJobData } from '../../infra/delivery-queue';
import { DeliveryRecorder } from '../../infra/delivery-recorder';

/** A digest job: the recipient, and the digest time up to which held notifications go into it. */
export type SendDigestCommand = DigestJobData;

/**
 * Sends a recipient's daily digest: one email listing every notification held for it up to
 * the digest time, then each of them is recorded as sent. A failed send throws, so the job
 * is tried again; notifications already recorded are not sent twice.
 */
@Injectable()
export class SendDigestHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(DIGEST_MAILER) private readonly mailer: DigestMailer,
    private readonly recorder: DeliveryRecorder,
  ) {}

  async execute(command: SendDigestCommand): Promise<string> {
    const held = await this.db.notification.findMany({
      where: { recipientId: command.recipientId, channel: 'email', status: 'queued', inDigest: true, notBefore: { lte: new Date(command.dueAt) } },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    });
    const notifications = (await Promise.all(held.map((n) => this.recorder.loadQueued(n.id)))).filter((n) => n !== null);
    const recipient = notifications[0]?.recipient;
    if (!recipient) return 'nothing held';
    const startedAt = new Date();
    const receipt = await this.mailer.sendDigest(
      recipient,
      notifications.map((n) => ({ title: n.title, summary: n.body, createdAt: n.createdAt })),
    );
    for (const notification of notifications) await this.recorder.delivered(notification, receipt, startedAt);
    return `digest of ${notifications.length}`;
  }
}

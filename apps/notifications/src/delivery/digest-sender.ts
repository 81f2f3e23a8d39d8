import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { DATABASE } from '@scn/platform';
import { EmailChannelSender } from '../email';
import { DeliveryRecorder } from './delivery-recorder';
import type { DigestJobData } from './delivery-queue';

/**
 * Sends a recipient's daily digest: one email listing every notification held for it up to
 * the digest time, then each of them is recorded as sent. A failed send throws, so the job
 * is tried again; notifications already recorded are not sent twice.
 */
@Injectable()
export class DigestSender {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly email: EmailChannelSender,
    private readonly recorder: DeliveryRecorder,
  ) {}

  async send(job: DigestJobData): Promise<string> {
    const held = await this.db.notification.findMany({
      where: { recipientId: job.recipientId, channel: 'email', status: 'queued', inDigest: true, notBefore: { lte: new Date(job.dueAt) } },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    });
    const notifications = (await Promise.all(held.map((n) => this.recorder.loadQueued(n.id)))).filter((n) => n !== null);
    const recipient = notifications[0]?.recipient;
    if (!recipient) return 'nothing held';
    const startedAt = new Date();
    const receipt = await this.email.sendDigest(
      recipient,
      notifications.map((n) => ({ title: n.title, summary: n.body, createdAt: n.createdAt })),
    );
    for (const notification of notifications) await this.recorder.delivered(notification, receipt, startedAt);
    return `digest of ${notifications.length}`;
  }
}

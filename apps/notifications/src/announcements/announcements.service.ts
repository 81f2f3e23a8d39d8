import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { DELIVERY_PROBLEMS, type announcementBodySchema, type CallerIdentity } from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { isStaff } from '../audience/caller-recipient';
import { NotificationPlanner } from '../notifying/notification-planner';

type Announcement = z.output<typeof announcementBodySchema>;

/**
 * A network-wide announcement by staff: one notification per person and channel (email,
 * inbox) and per webhook endpoint, made in one transaction and delivered by the queue.
 */
@Injectable()
export class AnnouncementsService {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly planner: NotificationPlanner,
  ) {}

  async send(caller: CallerIdentity | undefined, announcement: Announcement) {
    if (!isStaff(caller)) throw problemError(DELIVERY_PROBLEMS.staffOnly);
    const announcementId = uuidv7();
    const outcome = await this.db.$transaction(
      (tx) =>
        this.planner.plan(tx, {
          sourceKey: `announcement:${announcementId}`,
          type: 'announcement',
          facts: { announcementId, title: announcement.title, body: announcement.body },
          audience: { kind: announcement.audience },
          webhooks: announcement.webhooks ? { kind: 'all' } : { kind: 'none' },
        }),
      // Tens of thousands of rows: more than the default five seconds.
      { timeout: 120_000, maxWait: 10_000 },
    );
    return { announcementId, notifications: outcome.created };
  }
}

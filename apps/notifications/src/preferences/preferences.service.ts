import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient, Recipient } from '@scn-prisma/notifications';
import {
  CRITICAL_CATEGORIES,
  NOTIFICATION_PREFERENCE_CATEGORIES,
  PREFERENCES_PROBLEMS,
  type CallerIdentity,
  type NotificationPreferences,
  type notificationPreferencesBodySchema,
} from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import type { z } from 'zod';
import { isStaff, recipientOfCaller } from '../audience/caller-recipient';
import { clockTimeOf, minutesOf } from './clock-time';

type PreferencesUpdate = z.output<typeof notificationPreferencesBodySchema>;

/** The caller's own notification preferences. */
@Injectable()
export class PreferencesService {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async get(caller: CallerIdentity | undefined): Promise<NotificationPreferences> {
    return this.viewOf(await recipientOfCaller(this.db, caller));
  }

  /** Replaces time zone, quiet hours and digest; sets the categories listed, in one transaction. */
  async update(caller: CallerIdentity | undefined, update: PreferencesUpdate): Promise<NotificationPreferences> {
    if (update.digest === 'daily' && !isStaff(caller)) throw problemError(PREFERENCES_PROBLEMS.digestStaffOnly);
    const recipient = await this.db.$transaction(async (tx) => {
      const own = await recipientOfCaller(tx, caller);
      for (const choice of update.channels) {
        for (const channel of ['email', 'inbox'] as const) {
          const key = { recipientId: own.id, category: choice.category, channel };
          await tx.channelPreference.upsert({
            where: { recipientId_category_channel: key },
            create: { ...key, enabled: choice[channel] },
            update: { enabled: choice[channel] },
          });
        }
      }
      return tx.recipient.update({
        where: { id: own.id },
        data: {
          timeZone: update.timeZone,
          quietStartMinute: update.quietHours ? minutesOf(update.quietHours.start) : null,
          quietEndMinute: update.quietHours ? minutesOf(update.quietHours.end) : null,
          digest: update.digest,
        },
      });
    });
    return this.viewOf(recipient);
  }

  private async viewOf(recipient: Recipient): Promise<NotificationPreferences> {
    const choices = await this.db.channelPreference.findMany({ where: { recipientId: recipient.id } });
    const enabled = (category: string, channel: 'email' | 'inbox') =>
      choices.find((c) => c.category === category && c.channel === channel)?.enabled ?? true;
    const quiet = recipient.quietStartMinute !== null && recipient.quietEndMinute !== null;
    return {
      timeZone: recipient.timeZone,
      quietHours: quiet ? { start: clockTimeOf(recipient.quietStartMinute!), end: clockTimeOf(recipient.quietEndMinute!) } : null,
      digest: recipient.digest,
      channels: NOTIFICATION_PREFERENCE_CATEGORIES.map((category) => ({
        category,
        email: enabled(category, 'email'),
        inbox: enabled(category, 'inbox'),
      })),
      alwaysOn: [...CRITICAL_CATEGORIES],
    };
  }
}

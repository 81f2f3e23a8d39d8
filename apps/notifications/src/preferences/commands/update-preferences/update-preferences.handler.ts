import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { PREFERENCES_PROBLEMS, type CallerIdentity, type NotificationPreferences, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, problemError } from '@scn/platform';
import { isStaff } from '../../../known-facts/domain/caller-grants';
import { recipientOfCaller } from '../../../known-facts/infra/caller-recipient';
import { minutesOf } from '../../domain/clock-time';
import { preferencesOf } from '../../infra/preferences.view';

export type UpdatePreferencesCommand = RpcParsedRequest<'preferences.update'>;

/**
 * Replaces the caller's time zone, quiet hours and digest, and sets the categories listed,
 * in one transaction. The daily digest is for network staff only.
 */
@Injectable()
export class UpdatePreferencesHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(update: UpdatePreferencesCommand, caller: CallerIdentity | undefined): Promise<NotificationPreferences> {
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
    return preferencesOf(this.db, recipient);
  }
}

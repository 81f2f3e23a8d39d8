import type { Prisma, PrismaClient, Recipient } from '@scn-prisma/notifications';
import { CRITICAL_CATEGORIES, NOTIFICATION_PREFERENCE_CATEGORIES, type NotificationPreferences } from '@scn/contracts';
import { clockTimeOf } from '../domain/clock-time';

/** A recipient's preferences as the API shows them: every category, on unless turned off. */
export async function preferencesOf(db: PrismaClient | Prisma.TransactionClient, recipient: Recipient): Promise<NotificationPreferences> {
  const choices = await db.channelPreference.findMany({ where: { recipientId: recipient.id } });
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

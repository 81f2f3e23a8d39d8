import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import { EMAIL_SUBSCRIPTION_CATEGORIES, type EmailSubscriptions } from '@scn/contracts';
import { maskedEmail } from '../domain/masked-email';

/** What the unsubscribe page shows: each category a contact may get by email, on unless turned off. */
export async function emailSubscriptionsOf(db: PrismaClient | Prisma.TransactionClient, recipient: { id: string; email: string }): Promise<EmailSubscriptions> {
  const off = await db.channelPreference.findMany({ where: { recipientId: recipient.id, channel: 'email', enabled: false }, select: { category: true } });
  const offSet = new Set(off.map((choice) => choice.category));
  return {
    email: maskedEmail(recipient.email),
    categories: EMAIL_SUBSCRIPTION_CATEGORIES.map((category) => ({ category, email: !offSet.has(category) })),
    alwaysSent: ['account', 'links'],
  };
}

import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { EMAIL_SUBSCRIPTION_PROBLEMS, NOTIFICATION_PREFERENCE_CATEGORIES, type EmailSubscriptions } from '@scn/contracts';
import { CLOCK, DATABASE, problemError, type Clock } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import { emailSubscriptionsOf } from '../../infra/email-subscriptions.view';
import { UnsubscribeLinks } from '../../infra/unsubscribe-links';

export interface ChangeEmailSubscriptionsCommand {
  token: string;
  /** `one-click`: the mail client's RFC 8058 POST, every category off · `page`: the categories chosen on the page. */
  source: 'one-click' | 'page';
  categories: ReadonlyArray<{ category: string; email: boolean }>;
}

/** Every category one can turn off: what a one-click unsubscribe turns off by email. */
export const EVERY_CATEGORY_OFF = NOTIFICATION_PREFERENCE_CATEGORIES.map((category) => ({ category, email: false }));

/**
 * Sets, by an unsubscribe link, which categories a person gets by email: the same
 * channel_preferences rows an account's settings write (the planner reads them for every
 * recipient, so the choice is honoured like anyone's), and a line recording the change.
 * Critical messages ignore them, as for everyone.
 */
@Injectable()
export class ChangeEmailSubscriptionsHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly links: UnsubscribeLinks,
  ) {}

  async execute(command: ChangeEmailSubscriptionsCommand): Promise<EmailSubscriptions> {
    const recipientId = this.links.recipientOf(command.token, this.clock.now());
    return this.db.$transaction(async (tx) => {
      const recipient = await tx.recipient.findUnique({ where: { id: recipientId }, select: { id: true, email: true } });
      if (!recipient) throw problemError(EMAIL_SUBSCRIPTION_PROBLEMS.invalidLink);
      for (const choice of command.categories) {
        const key = { recipientId, category: choice.category, channel: 'email' as const };
        await tx.channelPreference.upsert({
          where: { recipientId_category_channel: key },
          create: { ...key, enabled: choice.email },
          update: { enabled: choice.email },
        });
      }
      const view = await emailSubscriptionsOf(tx, recipient);
      const off = await tx.channelPreference.findMany({ where: { recipientId, channel: 'email', enabled: false }, select: { category: true } });
      await tx.emailUnsubscribe.create({
        data: { id: uuidv7(), recipientId, source: command.source, categoriesOff: off.map((c) => c.category).sort(), createdAt: this.clock.now() },
      });
      return view;
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import { EMAIL_SUBSCRIPTION_PROBLEMS, type EmailSubscriptions, type RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, problemError, type Clock } from '@scn/platform';
import { emailSubscriptionsOf } from '../../infra/email-subscriptions.view';
import { UnsubscribeLinks } from '../../infra/unsubscribe-links';

export type GetEmailSubscriptionsQuery = RpcParsedRequest<'email-subscriptions.get'>;

/** What the unsubscribe page shows for its link: the (partly hidden) address and its categories by email. */
@Injectable()
export class GetEmailSubscriptionsHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly links: UnsubscribeLinks,
  ) {}

  async execute(query: GetEmailSubscriptionsQuery): Promise<EmailSubscriptions> {
    const recipientId = this.links.recipientOf(query.token, this.clock.now());
    // An erased recipient's link names nobody any more.
    const recipient = await this.db.recipient.findUnique({ where: { id: recipientId }, select: { id: true, email: true } });
    if (!recipient) throw problemError(EMAIL_SUBSCRIPTION_PROBLEMS.invalidLink);
    return emailSubscriptionsOf(this.db, recipient);
  }
}

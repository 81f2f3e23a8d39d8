import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/notifications';
import type { DomainEvent } from '@scn/contracts';
import { NotificationPlanner } from '../notifying/notification-planner';
import { applyAccountEvent, type AccountEventType } from '../read-models/account-recipients';

/**
 * Account events keep recipients current; invitations, email verifications and password
 * resets are critical emails to that person only (no inbox: they may not be able to sign in).
 */
@Injectable()
export class AccountReactions {
  constructor(private readonly planner: NotificationPlanner) {}

  async handle(tx: Prisma.TransactionClient, event: DomainEvent<AccountEventType>): Promise<void> {
    const recipient = await applyAccountEvent(tx, event);
    const data = event.data as Record<string, unknown>;
    const person = {
      kind: 'person' as const,
      email: recipient.email,
      displayName: recipient.displayName,
      language: recipient.language,
      accountId: recipient.accountId,
    };
    const common = { sourceKey: `event:${event.id}`, audience: person, channels: ['email'] as const };
    if (event.type === 'account.invited.v1') {
      const link = data.acceptLink as { url: string; expiresAt: string };
      const roles = (data.grants as Array<{ role: string }>).map((grant) => grant.role);
      await this.planner.plan(tx, { ...common, type: 'account.invited', facts: { ...link, roles } });
    } else if (event.type === 'account.verification-requested.v1') {
      await this.planner.plan(tx, { ...common, type: 'account.verify-email', facts: data.verifyLink as { url: string; expiresAt: string } });
    } else if (event.type === 'account.password-reset-requested.v1') {
      await this.planner.plan(tx, { ...common, type: 'account.password-reset', facts: data.resetLink as { url: string; expiresAt: string } });
    }
  }
}

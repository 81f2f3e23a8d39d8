import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { NotificationPlanner } from '../../../notifying/notification-planner';
import {
  decideAnniversary,
  decideApplicationReminder,
  decideDuesReminder,
  decideProgramReminder,
  type FiringDecision,
} from '../../domain/reminder-conditions';
import { APPLICATION_KINDS, EXCHANGE_PROGRAM_KINDS, isReminderKind } from '../../domain/reminder-kinds';
import { cancelClaimedReminder, claimReminder, type ClaimedReminder } from '../../infra/reminder-rows';
import { ReminderPlanning } from '../../reminder-planning';

type Tx = Prisma.TransactionClient;

/** A reminder's job has come due: which reminder, and the due time the job was scheduled for. */
export interface FireReminderCommand {
  reminderId: string;
  dueAt: Date;
}

/** What firing a job did: `stale` when its reminder was no longer pending at that time. */
export type FiringOutcome = { outcome: 'stale' } | { outcome: 'fired'; created: number } | { outcome: 'cancelled'; reason: string };

/**
 * Fires one reminder, all in one transaction: claims its row (pending at exactly the job's
 * due time, else the job was stale and nothing happens), re-checks its condition against the
 * read model, and either makes its notifications through the planner (the source key names
 * the reminder and its due time, so a repeated firing makes nothing new) or cancels it with
 * the reason. An anniversary plans the next year's in the same transaction.
 */
@Injectable()
export class FireReminderHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly planner: NotificationPlanner,
    private readonly planning: ReminderPlanning,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ reminderId, dueAt }: FireReminderCommand): Promise<FiringOutcome> {
    return this.db.$transaction(
      async (tx) => {
        const now = this.clock.now();
        const reminder = await claimReminder(tx, reminderId, dueAt, now);
        if (!reminder) return { outcome: 'stale' };
        const decision = await this.decide(tx, reminder, now);
        let outcome: FiringOutcome;
        if ('cancel' in decision) {
          await cancelClaimedReminder(tx, reminder.id, decision.cancel);
          outcome = { outcome: 'cancelled', reason: decision.cancel };
        } else {
          const { created } = await this.planner.plan(tx, {
            sourceKey: `reminder:${reminder.id}@${reminder.dueAt.toISOString()}`,
            ...decision.fire,
          } as Parameters<NotificationPlanner['plan']>[1]);
          outcome = { outcome: 'fired', created };
        }
        if (reminder.kind === 'partnership-anniversary') await this.planNextAnniversary(tx, reminder, now);
        return outcome;
      },
      { timeout: 60_000 },
    );
  }

  private async decide(tx: Tx, reminder: ClaimedReminder, now: Date): Promise<FiringDecision> {
    const kind = reminder.kind;
    if (!isReminderKind(kind)) return { cancel: `unknown reminder kind ${kind}` };
    if ((EXCHANGE_PROGRAM_KINDS as readonly string[]).includes(kind)) {
      return decideProgramReminder(kind, await tx.knownExchangeProgram.findUnique({ where: { id: reminder.subjectId } }), now);
    }
    if (kind === 'partnership-anniversary') {
      return decideAnniversary(await tx.knownPartnership.findUnique({ where: { id: reminder.subjectId } }), reminder.dueAt);
    }
    if ((APPLICATION_KINDS as readonly string[]).includes(kind)) {
      const programId = (reminder.payload as { exchangeProgramId?: unknown } | null)?.exchangeProgramId;
      const program =
        typeof programId === 'string' ? await tx.knownExchangeProgram.findUnique({ where: { id: programId }, select: { title: true } }) : null;
      return decideApplicationReminder(kind, { applicationId: reminder.subjectId, payload: reminder.payload, title: program?.title ?? null }, now);
    }
    return decideDuesReminder(await tx.knownMemberProgram.findUnique({ where: { id: reminder.subjectId } }), reminder.dueAt);
  }

  /** Plans the following anniversary, as seen from just after this one (even if the clock lags behind it). */
  private async planNextAnniversary(tx: Tx, reminder: ClaimedReminder, now: Date): Promise<void> {
    const partnership = await tx.knownPartnership.findUnique({ where: { id: reminder.subjectId } });
    if (!partnership) return;
    const after = new Date(Math.max(now.getTime(), reminder.dueAt.getTime() + 1));
    await this.planning.partnershipChanged(tx, partnership, after);
  }
}

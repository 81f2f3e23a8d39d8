import { Inject, Injectable } from '@nestjs/common';
import type { KnownExchangeProgram, KnownMemberProgram, KnownPartnership } from '@scn-prisma/notifications';
import { runsOfDistinctKeys } from '@scn/messaging';
import { CLOCK, type Clock, type RawSql } from '@scn/platform';
import { decideReminderChanges, type ReminderChange } from './domain/decide-reminder-changes';
import { planExchangeProgramReminders } from './domain/plan-exchange-program-reminders';
import { planMemberProgramReminders } from './domain/plan-member-program-reminders';
import { planPartnershipReminders } from './domain/plan-partnership-reminders';
import { planApplicationReminders, type ApplicationEventInput, type ApplicationReminderPlan } from './domain/plan-application-reminders';
import { APPLICATION_KINDS, OFFER_KINDS } from './domain/reminder-kinds';
import { applicationsWithOfferReminders, applyReminderChanges, deleteApplicantReminders, lockRemindersOfSubjects } from './infra/reminder-rows';

/** The event's transaction: Prisma's, or one on the pg pool (everything here is raw SQL). */
type Tx = RawSql;

/**
 * Keeps the `reminders` table in line with the read models. The event handlers call it in
 * the event's transaction with the read-model row as it is after the event: reminders are
 * created, moved or cancelled with the event, or not at all. A changed row is marked
 * `sync_needed` and the commit wakes the scheduler, which mirrors it in Redis. Applying
 * the same row twice writes nothing the second time. Returns the changes it made.
 *
 * The feature's entry point for the others: the events' handlers call it inside their own
 * transactions, which is why it sits at the feature's root.
 */
@Injectable()
export class ReminderPlanning {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  exchangeProgramChanged(tx: Tx, program: KnownExchangeProgram): Promise<ReminderChange[]> {
    return this.apply(tx, [planExchangeProgramReminders(program)], this.clock.now());
  }

  /** `now`: the time to plan from (the anniversary worker plans the next one from just after the one it fired). */
  partnershipChanged(tx: Tx, partnership: KnownPartnership, now: Date = this.clock.now()): Promise<ReminderChange[]> {
    return this.apply(tx, [planPartnershipReminders(partnership, now)], now);
  }

  /**
   * Partnerships of a run of distinct ones (a lane's batch of their events), each as its event
   * left it: their anniversaries planned, moved or cancelled with one lock and at most two
   * writes, as `partnershipChanged` of each one would (issue #16: an import sends one event
   * per partnership, by the tens of thousands).
   */
  partnershipsChanged(tx: Tx, partnerships: readonly KnownPartnership[]): Promise<ReminderChange[]> {
    const now = this.clock.now();
    return this.apply(tx, partnerships.map((partnership) => planPartnershipReminders(partnership, now)), now);
  }

  memberProgramChanged(tx: Tx, memberProgram: KnownMemberProgram): Promise<ReminderChange[]> {
    return this.apply(tx, [planMemberProgramReminders(memberProgram)], this.clock.now());
  }

  /**
   * Events of the applications service, in stream order (a lane's batch): the offers'
   * deadline reminders planned, moved or cancelled, a referee's planned or cancelled
   * (plan-application-reminders.ts); nothing for the other events. As if applied one after
   * the other, with one lock and at most two writes per run of events about distinct
   * applications (issue #16: a matching release makes one offer per applicant).
   */
  async applicationEvents(tx: Tx, events: readonly ApplicationEventInput[]): Promise<ReminderChange[]> {
    const now = this.clock.now();
    const plans = events.flatMap((event) => planApplicationReminders(event) ?? []);
    const changes: ReminderChange[] = [];
    for (const run of runsOfDistinctKeys(plans, (plan) => plan.subjectId)) changes.push(...(await this.apply(tx, run, now)));
    return changes;
  }

  /**
   * Plans of distinct subjects, together: their rows of the plans' kinds locked at once
   * (`only`: those a plan speaks for), what each plan changes in them written at once.
   */
  private async apply(tx: Tx, plans: readonly ApplicationReminderPlan[], now: Date): Promise<ReminderChange[]> {
    const locked = await lockRemindersOfSubjects(
      tx,
      plans.map((plan) => plan.subjectId),
      plans.flatMap((plan) => plan.kinds),
    );
    const changes = plans.flatMap((plan) => {
      const subjectId = plan.subjectId.toLowerCase();
      const rows = locked
        .filter((row) => row.subjectId === subjectId && (plan.kinds as readonly string[]).includes(row.kind))
        .map(({ subjectId: _subject, ...row }) => row);
      return decideReminderChanges(plan.only ? rows.filter(plan.only) : rows, plan, now);
    });
    if (changes.length) await applyReminderChanges(tx, changes);
    return changes;
  }

  /** The applications whose offer reminders name the account (an erased applicant's, found before they go). */
  applicationsRemindedTo(tx: Tx, accountId: string): Promise<string[]> {
    return applicationsWithOfferReminders(tx, accountId, OFFER_KINDS);
  }

  /**
   * An applicant erased their data: every reminder of their applications (offer deadlines,
   * referees' letters) is deleted, whatever its status — their payloads name the applicant
   * or their referee. Returns the ids deleted.
   */
  forgetApplicant(tx: Tx, accountId: string, applicationIds: readonly string[]): Promise<string[]> {
    return deleteApplicantReminders(tx, accountId, applicationIds, OFFER_KINDS, APPLICATION_KINDS);
  }
}

import { Injectable, Logger } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/notifications';
import { ReminderPlanning } from '../../../reminders/reminder-planning';
import { applicationIdsOf, erasedAnything, ERASURE_REASON, type ApplicantErasureOutcome } from '../../domain/applicant-erasure';
import type { AnyApplicantEvent } from '../../domain/followed-events';
import { anonymiseRecipientNotifications, applicationFactsOf, deleteRecipient, lockAccountRecipient } from '../../infra/applicant-erasure-rows';

/** `applicant.erased.v1`, as the applications service published it. */
export type EraseApplicantCommand = AnyApplicantEvent;

/**
 * An applicant erased their data: in the event's transaction, the service drops what it
 * holds of them (domain/applicant-erasure.ts) — the recipient of the account with its
 * preferences and followed programs, the reminders of their applications, and their
 * notifications made anonymous (those not delivered yet cancelled). An unknown account
 * finds nothing and changes nothing; a redelivered event is not applied again (the inbox),
 * and would find nothing left if it were.
 */
@Injectable()
export class EraseApplicantHandler {
  private readonly logger = new Logger(EraseApplicantHandler.name);

  constructor(private readonly reminders: ReminderPlanning) {}

  async execute(event: EraseApplicantCommand, tx: Prisma.TransactionClient): Promise<ApplicantErasureOutcome> {
    const accountId = event.data.applicantId;
    // The recipient first: locked, no notification can be made for it until this commits.
    const recipientId = await lockAccountRecipient(tx, accountId);
    const facts = recipientId ? await applicationFactsOf(tx, recipientId) : [];
    const applicationIds = applicationIdsOf(facts, await this.reminders.applicationsRemindedTo(tx, accountId));
    // Reminders before notifications: a firing in progress is waited for, and what it made is then anonymised too.
    const reminders = await this.reminders.forgetApplicant(tx, accountId, applicationIds);
    const notifications = recipientId ? await anonymiseRecipientNotifications(tx, recipientId, ERASURE_REASON) : { anonymised: 0, cancelled: 0 };
    if (recipientId) await deleteRecipient(tx, recipientId);
    const outcome: ApplicantErasureOutcome = {
      recipientErased: recipientId !== null,
      notificationsAnonymised: notifications.anonymised,
      notificationsCancelled: notifications.cancelled,
      remindersDeleted: reminders.length,
    };
    if (erasedAnything(outcome)) this.logger.log(`applicant erased (event ${event.id}): ${JSON.stringify(outcome)}`);
    return outcome;
  }
}

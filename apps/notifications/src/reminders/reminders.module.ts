import { Module } from '@nestjs/common';
import { NotifyingModule } from '../notifying/notifying.module';
import { ReminderFiring } from './firing/reminder-firing';
import { ReminderWorker } from './firing/reminder.worker';
import { ReminderQueue } from './infra/reminder-queue';
import { ReminderPlanning } from './reminder-planning';
import { RemindersRuntime } from './reminders-runtime';
import { ReminderReconciliation } from './scheduling/reminder-reconciliation';
import { ReminderScheduler } from './scheduling/reminder.scheduler';
import { ReminderSync } from './scheduling/reminder-sync';

/**
 * Reminders (issue #6): planned from the read models in the events' transactions
 * (ReminderPlanning, exported for the event handlers), kept in PostgreSQL first, mirrored
 * as delayed BullMQ jobs by the scheduler, fired by the worker through the notification
 * planner. Needs the database, the Redis connection and the configuration (global modules).
 */
@Module({
  imports: [NotifyingModule],
  providers: [
    ReminderPlanning,
    ReminderQueue,
    ReminderSync,
    ReminderReconciliation,
    ReminderScheduler,
    ReminderFiring,
    ReminderWorker,
    RemindersRuntime,
  ],
  exports: [ReminderPlanning, ReminderScheduler],
})
export class RemindersModule {}

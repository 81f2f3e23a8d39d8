import { Module } from '@nestjs/common';
import { NotifyingModule } from '../notifying/notifying.module';
import { FireReminderHandler } from './commands/fire-reminder/fire-reminder.handler';
import { ReminderMetrics } from './infra/reminder-metrics';
import { ReminderQueue } from './infra/reminder-queue';
import { ReminderReconciliation } from './infra/reminder-reconciliation';
import { ReminderSync } from './infra/reminder-sync';
import { ReminderPlanning } from './reminder-planning';
import { ReminderScheduler } from './transport/reminder.scheduler';
import { ReminderWorker } from './transport/reminder.worker';
import { RemindersRuntime } from './transport/reminders-runtime';

/**
 * Reminders (issue #6): planned from the read models in the events' transactions
 * (ReminderPlanning, exported for the events' handlers), kept in PostgreSQL first, mirrored
 * as delayed BullMQ jobs by the scheduler, fired by the worker through the notification
 * planner. Needs the database, the Redis connection, the configuration and the clock
 * (global modules).
 */
@Module({
  imports: [NotifyingModule],
  providers: [
    ReminderPlanning,
    ReminderQueue,
    ReminderMetrics,
    ReminderSync,
    ReminderReconciliation,
    ReminderScheduler,
    FireReminderHandler,
    ReminderWorker,
    RemindersRuntime,
  ],
  exports: [ReminderPlanning, ReminderScheduler],
})
export class RemindersModule {}

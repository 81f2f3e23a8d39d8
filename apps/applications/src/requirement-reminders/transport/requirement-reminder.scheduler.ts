import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { PollingLoop } from '@scn/messaging';
import { CONFIG } from '@scn/platform';
import type { ApplicationsConfig } from '../../config';
import { SendRequirementRemindersHandler } from '../commands/send-requirement-reminders/send-requirement-reminders.handler';

/**
 * Reminds drafts before their programs' windows close: a database poll every
 * REQUIREMENT_REMINDER_TICK_MS, first right after start-up (a mark that fell due while the
 * service was down is sent then, or passed over for a later one).
 */
@Injectable()
export class RequirementReminderScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: PollingLoop;

  constructor(send: SendRequirementRemindersHandler, @Inject(CONFIG) config: Pick<ApplicationsConfig, 'REQUIREMENT_REMINDER_TICK_MS'>) {
    this.loop = new PollingLoop({
      name: 'requirement reminder tick',
      tick: async (stopping) => void (await send.execute(stopping)),
      intervalMs: config.REQUIREMENT_REMINDER_TICK_MS,
      logger: new Logger(RequirementReminderScheduler.name),
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }
}

import { Injectable } from '@nestjs/common';
import type { CallerIdentity, ExchangeProgramView } from '@scn/contracts';
import { ExchangeProgramCommandRunner, type ProgramCommand } from '../exchange-program-command.runner';

/** The manual steps of the lifecycle that need nothing but the program itself. */
const STEPS = {
  close: (program, now) => program.closeWindow(now, true),
  allocate: (program) => program.allocate(),
  start: (program) => program.start(),
  complete: (program) => program.complete(),
} satisfies Record<string, ProgramCommand>;
export type ProgramStep = keyof typeof STEPS;

/** Closes early, allocates, starts, completes or cancels a program (staff or its member program's admins). */
@Injectable()
export class ChangeProgramStatusHandler {
  constructor(private readonly runner: ExchangeProgramCommandRunner) {}

  step(step: ProgramStep, exchangeProgramId: string, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    return this.runner.change(exchangeProgramId, caller, STEPS[step]);
  }

  cancel(exchangeProgramId: string, reason: string, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    return this.runner.change(exchangeProgramId, caller, (program) => program.cancel(reason));
  }
}

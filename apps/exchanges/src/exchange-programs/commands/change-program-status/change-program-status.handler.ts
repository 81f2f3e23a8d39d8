import { Injectable } from '@nestjs/common';
import type { CallerIdentity, ExchangeProgramView, RpcParsedRequest } from '@scn/contracts';
import { pauseByManager, resumeByManager } from '../../domain/manual-pause';
import { ExchangeProgramCommandRunner, type ProgramAction } from '../exchange-program-command.runner';

/** The manual steps of the lifecycle that need nothing but the program itself. */
const STEPS = {
  close: (program, now) => program.closeWindow(now, true),
  allocate: (program) => program.allocate(),
  start: (program) => program.start(),
  complete: (program) => program.complete(),
  resume: (program) => resumeByManager(program),
} satisfies Record<string, ProgramAction>;
export type ProgramStep = keyof typeof STEPS;

/** One of the operations that move a program along its lifecycle by hand (they share their request). */
export type ChangeProgramStatusCommand =
  | (RpcParsedRequest<`exchange-programs.${ProgramStep}`> & { step: ProgramStep })
  | (RpcParsedRequest<'exchange-programs.cancel'> & { step: 'cancel' })
  | (RpcParsedRequest<'exchange-programs.pause'> & { step: 'pause' });

/** Closes early, allocates, starts, completes, cancels, pauses or resumes a program (staff or its member program's admins). */
@Injectable()
export class ChangeProgramStatusHandler {
  constructor(private readonly runner: ExchangeProgramCommandRunner) {}

  execute(command: ChangeProgramStatusCommand, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    return this.runner.change(command.exchangeProgramId, caller, this.actionOf(command, caller));
  }

  private actionOf(command: ChangeProgramStatusCommand, caller: CallerIdentity | undefined): ProgramAction {
    switch (command.step) {
      case 'cancel':
        return (program) => program.cancel(command.reason);
      case 'pause':
        // The cause names who paused it: only a manager lifts that pause.
        return (program) => pauseByManager(program, caller?.accountId ?? null, command.note);
      default:
        return STEPS[command.step];
    }
  }
}

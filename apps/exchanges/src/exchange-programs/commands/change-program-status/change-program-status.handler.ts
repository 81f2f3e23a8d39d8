import { Injectable } from '@nestjs/common';
import type { CallerIdentity, ExchangeProgramView, RpcParsedRequest } from '@scn/contracts';
import { ExchangeProgramCommandRunner, type ProgramAction } from '../exchange-program-command.runner';

/** The manual steps of the lifecycle that need nothing but the program itself. */
const STEPS = {
  close: (program, now) => program.closeWindow(now, true),
  allocate: (program) => program.allocate(),
  start: (program) => program.start(),
  complete: (program) => program.complete(),
} satisfies Record<string, ProgramAction>;
export type ProgramStep = keyof typeof STEPS;

/** One of the operations that move a program along its lifecycle by hand (they share their request). */
export type ChangeProgramStatusCommand =
  | (RpcParsedRequest<`exchange-programs.${ProgramStep}`> & { step: ProgramStep })
  | (RpcParsedRequest<'exchange-programs.cancel'> & { step: 'cancel' });

/** Closes early, allocates, starts, completes or cancels a program (staff or its member program's admins). */
@Injectable()
export class ChangeProgramStatusHandler {
  constructor(private readonly runner: ExchangeProgramCommandRunner) {}

  execute(command: ChangeProgramStatusCommand, caller: CallerIdentity | undefined): Promise<ExchangeProgramView> {
    const action: ProgramAction = command.step === 'cancel' ? (program) => program.cancel(command.reason) : STEPS[command.step];
    return this.runner.change(command.exchangeProgramId, caller, action);
  }
}

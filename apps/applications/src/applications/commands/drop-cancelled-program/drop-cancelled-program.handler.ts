import { Injectable } from '@nestjs/common';
import { ApplicationRepository, type Tx } from '../../infra/application.repository';
import { ApplicationCommandRunner } from '../application-command.runner';

/** A program was cancelled, with the reason the exchanges service gave. */
export interface DropCancelledProgramCommand {
  exchangeProgramId: string;
  reason: string;
}

/**
 * Every application that chose a cancelled program loses that choice, in the event's
 * transaction (so once); one left without choices is withdrawn with the program's reason.
 * Each application records its own events: the applicant is told.
 */
@Injectable()
export class DropCancelledProgramHandler {
  constructor(
    private readonly runner: ApplicationCommandRunner,
    private readonly repository: ApplicationRepository,
  ) {}

  async execute(command: DropCancelledProgramCommand, tx: Tx): Promise<void> {
    for (const id of await this.repository.openChoosing(tx, command.exchangeProgramId)) {
      await this.runner.changeAsServiceIn(tx, id, (application, now) => application.dropCancelledProgram(command.exchangeProgramId, command.reason, now));
    }
  }
}

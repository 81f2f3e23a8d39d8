import { Injectable } from '@nestjs/common';
import { applyProgramEvent } from '../../domain/apply-program-event';
import type { KnownProgramState, ProgramEvent } from '../../domain/known-program';
import { knownProgramRepository, type Tx } from '../../infra/known-program.repository';

/** What applying one event changed: the program before and after (null when the event was skipped). */
export interface ProgramChange {
  before: KnownProgramState | null;
  after: KnownProgramState;
}

/** Brings the known program up to date with one of its events, in the event's transaction. */
@Injectable()
export class ApplyProgramEventHandler {
  /**
   * The program row stays locked until the transaction ends, so what reacts to the change
   * (withdrawing applications of a cancelled program) locks its own rows after it:
   * program first, the order every writer keeps.
   */
  async execute(event: ProgramEvent, tx: Tx): Promise<ProgramChange | null> {
    const before = await knownProgramRepository.findForUpdate(tx, event.data.exchangeProgramId);
    const after = applyProgramEvent(before, event);
    if (!after) return null;
    await knownProgramRepository.save(tx, after);
    return { before, after };
  }
}

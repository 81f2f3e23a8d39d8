import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/exchanges';
import type { CallerIdentity, ExchangeProgramView } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import type { RecordedChange } from '@scn/platform/domain';
import { ExchangeProgram } from '../domain/exchange-program.entity';
import { ExchangeProgramErrors } from '../domain/exchange-program.errors';
import { managerScopeOf, manages } from '../domain/program-access';
import { ExchangeProgramRepository, type Tx } from '../infra/exchange-program.repository';

/**
 * What one command does to one program: entity methods, which record the events and
 * history lines (it may read in `tx`, e.g. to check the partnership).
 */
export type ProgramAction = (program: ExchangeProgram, now: Date, tx: Tx) => void | Promise<void>;

export interface ChangeOptions {
  /**
   * Runs first in the transaction with the program's partnership id, before the program's
   * row is locked: partnership first, then program, the order the reactions to partnership
   * events keep too, so the two never deadlock.
   */
  guard?: (tx: Tx, partnershipId: string) => Promise<void>;
}

/**
 * Runs one command on one program in one transaction: lock the row, apply the domain
 * rule, write the new state with its revision, the history lines and the events to the
 * outbox — all or nothing, so each event exists exactly once per committed change.
 * The scheduler, the reactions to partnership events and the allocation by a committed matching
 * run call `changeAsServiceIn`, inside their own transaction.
 */
@Injectable()
export class ExchangeProgramCommandRunner {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly repository: ExchangeProgramRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A manager's command: outside their member programs a program does not exist for them. */
  change(id: string, caller: CallerIdentity | undefined, action: ProgramAction, options: ChangeOptions = {}): Promise<ExchangeProgramView> {
    const scope = managerScopeOf(caller);
    return this.run(id, caller?.accountId ?? null, action, options, (program) => manages(scope, program.state.memberProgramId));
  }

  /** The service's own command (scheduler, partnership events): no caller, history without actor. */
  changeAsService(id: string, action: ProgramAction, options: ChangeOptions = {}): Promise<ExchangeProgramView> {
    return this.run(id, null, action, options, () => true);
  }

  /**
   * The service's own command inside a transaction the caller holds (the event's, or the
   * scheduler's that already claimed the row): it commits or rolls back with it.
   */
  changeAsServiceIn(tx: Tx, id: string, action: ProgramAction, options: ChangeOptions = {}): Promise<ExchangeProgramView> {
    return this.runIn(tx, id, null, action, options, () => true);
  }

  /** Stores a new program; `guard` runs first in the same transaction (the partnership is active). */
  create(program: ExchangeProgram, caller: CallerIdentity | undefined, guard: (tx: Tx) => Promise<void>): Promise<ExchangeProgramView> {
    return this.db.$transaction(async (tx) => {
      await guard(tx);
      await this.repository.insert(tx, program.state);
      await this.commit(tx, program, program.pullChanges(), caller?.accountId ?? null, this.clock.now());
      return this.readBack(tx, program.state.id);
    });
  }

  private run(
    id: string,
    actorId: string | null,
    action: ProgramAction,
    options: ChangeOptions,
    visible: (program: ExchangeProgram) => boolean,
  ): Promise<ExchangeProgramView> {
    return this.db.$transaction((tx) => this.runIn(tx, id, actorId, action, options, visible));
  }

  private async runIn(
    tx: Tx,
    id: string,
    actorId: string | null,
    action: ProgramAction,
    options: ChangeOptions,
    visible: (program: ExchangeProgram) => boolean,
  ): Promise<ExchangeProgramView> {
    if (options.guard) {
      const partnershipId = await this.repository.partnershipOf(tx, id);
      if (partnershipId === null) throw ExchangeProgramErrors.notFound(id);
      await options.guard(tx, partnershipId);
    }
    const loaded = await this.repository.lockForChange(tx, id);
    const program = loaded ? ExchangeProgram.restore(loaded.state) : undefined;
    if (!loaded || !program || !visible(program)) throw ExchangeProgramErrors.notFound(id);
    const now = this.clock.now();
    await action(program, now, tx);
    const changes = program.pullChanges();
    if (changes.length === 0) return this.readBack(tx, id); // nothing changed: no write, no history, no event
    await this.repository.update(tx, program.state, loaded.revision);
    await this.commit(tx, program, changes, actorId, now);
    return this.readBack(tx, id);
  }

  /** The history lines and the events the program recorded, with the change that made them. */
  private async commit(tx: Tx, program: ExchangeProgram, changes: RecordedChange[], actorId: string | null, now: Date): Promise<void> {
    for (const change of changes) await this.repository.addHistory(tx, program.state.id, actorId, change, now);
    for (const event of program.pullEvents()) await this.outbox.add(tx, event.type, program.state.id, event.data);
  }

  private async readBack(tx: Tx, id: string): Promise<ExchangeProgramView> {
    const view = await this.repository.view(id, tx);
    if (!view) throw ExchangeProgramErrors.notFound(id);
    return view;
  }
}

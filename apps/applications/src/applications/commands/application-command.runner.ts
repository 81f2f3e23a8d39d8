import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { ApplicationView } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import type { RecordedChange } from '@scn/platform/domain';
import { Application } from '../domain/application.entity';
import type { ApplicationEvent } from '../domain/application.events';
import type { ApplicationState } from '../domain/application.state';
import { ApplicationErrors } from '../domain/application.errors';
import { ApplicationRepository, type Tx } from '../infra/application.repository';

/** What one command does to one application (it may read in `tx`: the profile, the programs). */
export type ApplicationAction = (application: Application, now: Date, tx: Tx) => void | Promise<void>;

/**
 * Runs one command on one application in one transaction: lock the row, apply the domain
 * rule, write the new state with its revision, the history lines and the events to the
 * outbox — all or nothing, so each event exists exactly once per committed change.
 */
@Injectable()
export class ApplicationCommandRunner {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly repository: ApplicationRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The applicant's command on their own application: anyone else's does not exist for them. */
  changeMine(id: string, applicantId: string, action: ApplicationAction): Promise<ApplicationView> {
    return this.db.$transaction((tx) => this.runIn(tx, id, applicantId, action, (application) => application.state.applicantId === applicantId));
  }

  /** The applicant's command inside a transaction the caller holds (that took the season's lock first, say). */
  changeMineIn(tx: Tx, id: string, applicantId: string, action: ApplicationAction): Promise<ApplicationView> {
    return this.runIn(tx, id, applicantId, action, (application) => application.state.applicantId === applicantId);
  }

  /** The service's own command inside a transaction the caller holds (an event's): it commits or rolls back with it. */
  async changeAsServiceIn(tx: Tx, id: string, action: ApplicationAction): Promise<void> {
    // Nobody reads the answer: the service's own commands (a release, a promotion, an event's
    // reaction) run by the thousand and skip reading the view back.
    await this.apply(tx, id, null, action, () => true);
  }

  /**
   * The service's own command on many applications inside the caller's transaction (a
   * release of due decisions): loaded in one read, each changed by the domain as one would
   * be, and all written with their revisions in one statement, their history and events in
   * one insert each. Applications that do not exist are skipped.
   */
  async changeManyAsServiceIn(tx: Tx, ids: readonly string[], action: ApplicationAction): Promise<void> {
    const now = this.clock.now();
    const updates: Array<{ state: ApplicationState; revision: number; before: ApplicationState }> = [];
    const history: Array<{ applicationId: string; change: RecordedChange }> = [];
    const events: Array<{ type: ApplicationEvent['type']; subject: string; data: ApplicationEvent['data'] }> = [];
    for (const loaded of await this.repository.lockManyForChange(tx, ids)) {
      const application = Application.restore(loaded.state);
      await action(application, now, tx);
      const changes = application.pullChanges();
      if (changes.length === 0) continue;
      updates.push({ state: application.state, revision: loaded.revision, before: loaded.state });
      for (const change of changes) history.push({ applicationId: loaded.state.id, change });
      for (const event of application.pullEvents()) events.push({ type: event.type, subject: loaded.state.id, data: event.data });
    }
    await this.repository.updateMany(tx, updates);
    await this.repository.addHistoryMany(tx, history, null, now);
    await this.outbox.addMany(tx, events);
  }

  /** Staff's or a program admin's command (scope decided by the caller) inside their transaction; the history names `actorId`. */
  changeAsActorIn(tx: Tx, id: string, actorId: string, action: ApplicationAction): Promise<ApplicationView> {
    return this.runIn(tx, id, actorId, action, () => true);
  }

  /** Stores a new application and what it recorded; `build` runs in the transaction (it may read). */
  create(actorId: string, build: (now: Date, tx: Tx) => Promise<Application>, onTaken: (application: Application) => Error): Promise<ApplicationView> {
    return this.db.$transaction(async (tx) => {
      const now = this.clock.now();
      const application = await build(now, tx);
      if (!(await this.repository.insert(tx, application.state))) throw onTaken(application);
      await this.commit(tx, application, application.pullChanges(), actorId, now);
      return this.readBack(tx, application.state.id);
    });
  }

  private async runIn(
    tx: Tx,
    id: string,
    actorId: string | null,
    action: ApplicationAction,
    visible: (application: Application) => boolean,
  ): Promise<ApplicationView> {
    await this.apply(tx, id, actorId, action, visible);
    return this.readBack(tx, id);
  }

  /** Locks, applies the action, and writes what it recorded (nothing when it changed nothing: no write, no history, no event). */
  private async apply(tx: Tx, id: string, actorId: string | null, action: ApplicationAction, visible: (application: Application) => boolean): Promise<void> {
    const loaded = await this.repository.lockForChange(tx, id);
    const application = loaded ? Application.restore(loaded.state) : undefined;
    if (!loaded || !application || !visible(application)) throw ApplicationErrors.notFound(id);
    const now = this.clock.now();
    await action(application, now, tx);
    const changes = application.pullChanges();
    if (changes.length === 0) return;
    await this.repository.update(tx, application.state, loaded.revision, loaded.state);
    await this.commit(tx, application, changes, actorId, now);
  }

  /** The history lines and the events the application recorded, with the change that made them. */
  private async commit(tx: Tx, application: Application, changes: RecordedChange[], actorId: string | null, now: Date): Promise<void> {
    for (const change of changes) await this.repository.addHistory(tx, application.state.id, actorId, change, now);
    for (const event of application.pullEvents()) await this.outbox.add(tx, event.type, application.state.id, event.data);
  }

  private async readBack(tx: Tx, id: string): Promise<ApplicationView> {
    const view = await this.repository.view(id, tx);
    if (!view) throw ApplicationErrors.notFound(id);
    return view;
  }
}

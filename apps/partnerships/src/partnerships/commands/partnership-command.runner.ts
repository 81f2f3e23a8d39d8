import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/partnerships';
import type { CallerIdentity, CatalogueEventData, DomainEvents, PartnershipView } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { actorFor, canSee, type Actor } from '../domain/partnership.actor';
import { PartnershipAgreement } from '../domain/partnership-agreement.entity';
import { PartnershipErrors } from '../domain/partnership.errors';
import { PartnershipRepository, type Tx } from '../infra/partnership.repository';
import { PartnershipViews } from '../infra/partnership.views';

/** What one command does to the partnership: an entity method, which records its events and history line. */
export type PartnershipAction = (agreement: PartnershipAgreement, actor: Actor, now: Date) => void;

/**
 * Runs one command on one partnership in one transaction: lock the row, apply the domain
 * rule, write the new state, one history line and the command's events to the outbox —
 * all or nothing, so each event exists exactly once per committed change.
 */
@Injectable()
export class PartnershipCommandRunner {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly repository: PartnershipRepository,
    private readonly views: PartnershipViews,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async change(partnershipId: string, caller: CallerIdentity | undefined, action: PartnershipAction): Promise<PartnershipView> {
    return this.db.$transaction(async (tx) => {
      const loaded = await this.repository.lockForChange(tx, partnershipId);
      const actor = loaded ? actorFor(caller, loaded.state) : undefined;
      // Outside the caller's scope a partnership does not exist for them.
      if (!loaded || !actor || !canSee(actor)) throw PartnershipErrors.notFound(partnershipId);
      const agreement = PartnershipAgreement.restore(loaded.state);
      const now = this.clock.now();
      action(agreement, actor, now);
      await this.commit(tx, agreement, actor, now, loaded.revision);
      return this.readBack(tx, partnershipId);
    });
  }

  /** Stores a newly proposed partnership, unless one already links the same two cities. */
  async create(agreement: PartnershipAgreement, actor: Actor): Promise<PartnershipView> {
    return this.db.$transaction(async (tx) => {
      const { id, memberCityId, partnerCityId } = agreement.state;
      const existing = await this.repository.findLiveBetween(tx, memberCityId, partnerCityId);
      if (existing) throw PartnershipErrors.duplicate(existing);
      await this.commit(tx, agreement, actor, this.clock.now(), null);
      return this.readBack(tx, id);
    });
  }

  private async commit(tx: Tx, agreement: PartnershipAgreement, actor: Actor, now: Date, revision: number | null): Promise<void> {
    const changes = agreement.pullChanges();
    const events = agreement.pullEvents();
    const writes = agreement.pullWrites();
    if (changes.length === 0) return; // the command changed nothing: no write, no history, no event
    const state = agreement.state;
    if (revision === null) await this.repository.insert(tx, state, writes);
    else await this.repository.update(tx, state, revision, writes);
    for (const change of changes) await this.repository.addHistory(tx, state.id, actor.accountId, change, now);
    if (events.length === 0) return;
    const cities = await this.repository.citiesOf(tx, state.memberCityId, state.partnerCityId);
    const title = agreement.current?.terms.title;
    for (const event of events) {
      // The domain knows city ids only: every partnership.* event also names both cities and their countries.
      const data = { ...event.data, ...cities, ...(title ? { title } : {}) } as CatalogueEventData<DomainEvents, typeof event.type>;
      await this.outbox.add(tx, event.type, state.id, data);
    }
  }

  private async readBack(tx: Tx, id: string): Promise<PartnershipView> {
    const view = await this.views.read(id, tx);
    if (!view) throw PartnershipErrors.notFound(id);
    return view;
  }
}

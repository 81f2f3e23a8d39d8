import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { DomainEvent } from '@scn/contracts';
import { EventBatchContext, OnEvents } from '@scn/messaging';
import type { RawSql } from '@scn/platform';
import { ApplyPartnershipEventHandler } from '../../known-partnerships/commands/apply-partnership-event/apply-partnership-event.handler';
import { FOLLOWED_PARTNERSHIP_EVENTS, type FollowedPartnershipEvent, type PartnershipFact } from '../../known-partnerships/domain/known-partnership';
import { ReactToPartnershipStatusHandler } from '../commands/react-to-partnership-status/react-to-partnership-status.handler';
import type { Tx } from '../infra/exchange-program.repository';

type FollowedType = `partnership.${FollowedPartnershipEvent}.v1`;
/** One of them, typed by its type (checking `type` tells which data it carries). */
type FollowedEvent = { [T in FollowedType]: DomainEvent<T> }[FollowedType];
const FOLLOWED_TYPES = FOLLOWED_PARTNERSHIP_EVENTS.map((name): FollowedType => `partnership.${name}.v1`);

/**
 * The partnerships service's events, in the transaction that records each in the inbox, so
 * each takes effect once. They enter the exchanges service here, where both of their
 * effects are known (a service has one handler per event type): the known partnership is
 * brought up to date first, then, when its status changed, the programs under it react.
 *
 * Declared `sqlOnly` (issue #16): every partnership event passes here, an import's by the
 * tens of thousands, and the known partnership is raw SQL, so their transactions run on the
 * `pg` pool. A status change with programs under the partnership needs their domain model,
 * on Prisma: that event asks for a Prisma transaction (`context.prismaTx()`, and the batch
 * is handled again in one). Declared `batches` too: a lane's run of these events is applied
 * at once, one lock and one write of the known partnerships per run of distinct ones.
 */
@Controller()
export class PartnershipEventsController {
  constructor(
    private readonly applyEvent: ApplyPartnershipEventHandler,
    private readonly reactToStatus: ReactToPartnershipStatusHandler,
  ) {}

  @OnEvents(FOLLOWED_TYPES, { sqlOnly: true, batches: true })
  async partnershipEvents(@Payload() events: FollowedEvent[], @Ctx() context: EventBatchContext<RawSql>): Promise<void> {
    const commands = events.map((event) => ({ fact: factOf(event), reason: reasonOf(event) }));
    await this.applyEvent.executeMany(commands, context.tx, (change, index) =>
      // What the programs record (their events) is caused by this one event.
      context.inContextOf(index, () => this.reactToStatus.execute(change, context.tx, () => context.prismaTx<Tx>())),
    );
  }
}

function factOf(envelope: FollowedEvent): PartnershipFact {
  const { partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode } = envelope.data;
  const ids = { partnershipId, memberProgramId, memberCityId, partnerCityId, memberCountryCode, partnerCountryCode };
  // `partnership.<name>.v1`: names have no dots.
  const fact: PartnershipFact = { event: envelope.type.split('.')[1] as FollowedPartnershipEvent, time: new Date(envelope.time), ...ids };
  if (envelope.type === 'partnership.activated.v1') return { ...fact, version: envelope.data.version };
  if (envelope.type === 'partnership.amendment-reverted.v1') return { ...fact, inForceVersion: envelope.data.inForceVersion };
  return fact;
}

/** The reason a suspension or a termination gives (what the programs under it tell their people). */
function reasonOf(envelope: FollowedEvent): string | null {
  return envelope.type === 'partnership.suspended.v1' || envelope.type === 'partnership.terminated.v1' ? envelope.data.reason : null;
}

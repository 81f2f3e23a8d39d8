import type { DomainEvent, EventType } from '@scn/contracts';

// The other services' events this service follows, by source: each source has its read
// model (infra/) and its notices (domain/), and one event controller (transport/).

export type PartnershipEventType = Extract<EventType, `partnership.${string}`>;
export type AnyPartnershipEvent = DomainEvent<PartnershipEventType>;

export type MemberProgramEventType = Extract<EventType, `member-program.${string}`>;
export type AnyMemberProgramEvent = DomainEvent<MemberProgramEventType>;

export type ExchangeProgramEventType = Extract<EventType, `exchange-program.${string}`>;
export type AnyExchangeProgramEvent = DomainEvent<ExchangeProgramEventType>;

export type AccountEventType = Extract<EventType, `account.${string}`>;
export type AnyAccountEvent = DomainEvent<AccountEventType>;

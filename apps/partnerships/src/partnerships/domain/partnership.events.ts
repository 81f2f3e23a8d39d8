import type { CatalogueEventData, DomainEvents } from '@scn/contracts';

type PartnershipEventType = Extract<keyof DomainEvents, `partnership.${string}`>;

/** A `partnership.*` event the aggregate raised, to be written to the outbox with the change. */
export type PartnershipEvent = {
  [T in PartnershipEventType]: { type: T; data: CatalogueEventData<DomainEvents, T> };
}[PartnershipEventType];

/** One line of the partnership's history: what was done (the actor and time are added when saved). */
export interface RecordedChange {
  action: string;
  details: Record<string, unknown>;
}

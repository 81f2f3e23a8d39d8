import type { CatalogueEventData, DomainEvents } from '@scn/contracts';

/** The events an application records: its own, and the nominations of its placement. */
type ApplicationEventType = Extract<keyof DomainEvents, `application.${string}` | `nomination.${string}`>;

/** An `application.*` event an application records, to be written to the outbox with it. */
export type ApplicationEvent = {
  [T in ApplicationEventType]: { type: T; data: CatalogueEventData<DomainEvents, T> };
}[ApplicationEventType];

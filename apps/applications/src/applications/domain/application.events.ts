import type { CatalogueEventData, DomainEvents } from '@scn/contracts';

type ApplicationEventType = Extract<keyof DomainEvents, `application.${string}`>;

/** An `application.*` event an application records, to be written to the outbox with it. */
export type ApplicationEvent = {
  [T in ApplicationEventType]: { type: T; data: CatalogueEventData<DomainEvents, T> };
}[ApplicationEventType];

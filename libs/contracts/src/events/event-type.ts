import type { CatalogueEventData, CatalogueEventType } from './catalogue';
import type { DomainEvents } from './domain-events';
import type { EventEnvelope } from './envelope';

/** A domain event type name of the platform, e.g. `partnership.activated.v1`. */
export type EventType = CatalogueEventType<DomainEvents>;
/** The `data` of an event type. */
export type EventData<T extends EventType> = CatalogueEventData<DomainEvents, T>;
/** A fully typed event of the platform. */
export type DomainEvent<T extends EventType = EventType> = EventEnvelope<T, EventData<T>>;

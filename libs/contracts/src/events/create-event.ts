import { v7 as uuidv7 } from 'uuid';
import type { EventSource } from '../services';
import type { CatalogueEventData, CatalogueEventType, EventCatalogue } from './catalogue';
import type { EventEnvelope } from './envelope';

export interface EventOrigin {
  /** Id of the request or conversation this event belongs to. */
  correlationId: string;
  /** Id of the event or command that caused this one; null for a user's request. */
  causationId: string | null;
}

/** Builds a valid envelope for `type`, validating `data` against the catalogue's schema. */
export function createEvent<C extends EventCatalogue, T extends CatalogueEventType<C>>(
  catalogue: C,
  type: T,
  subject: string,
  data: CatalogueEventData<C, T>,
  origin: EventOrigin,
  now: Date = new Date(),
): EventEnvelope<T, CatalogueEventData<C, T>> {
  const definition = catalogue[type];
  if (!definition) throw new Error(`Unknown event type ${type}`);
  const parsed = definition.data.parse(data) as CatalogueEventData<C, T>;
  return {
    id: uuidv7({ msecs: now.getTime() }),
    type,
    source: definition.source as EventSource,
    time: now.toISOString(),
    subject,
    correlationId: origin.correlationId,
    causationId: origin.causationId,
    data: parsed,
  };
}

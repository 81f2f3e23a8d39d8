import { z } from 'zod';
import type { EventSource } from '../services';
import { EVENT_TYPE_PATTERN } from './envelope';

/** One entry of an event catalogue: who publishes the type and the schema of its `data`. */
export interface EventDefinition<TSource extends EventSource = EventSource, TSchema extends z.ZodType = z.ZodType> {
  source: TSource;
  data: TSchema;
}

export type EventCatalogue = Record<string, EventDefinition>;

/** Declares a catalogue, checking at start-up that every type name follows the naming rule. */
export function defineEventCatalogue<const T extends EventCatalogue>(catalogue: T): T {
  for (const type of Object.keys(catalogue)) {
    if (!EVENT_TYPE_PATTERN.test(type)) {
      throw new Error(`Event type "${type}" does not match <aggregate>.<verb>.v<N>`);
    }
  }
  return catalogue;
}

export type CatalogueEventType<C extends EventCatalogue> = Extract<keyof C, string>;
export type CatalogueEventData<C extends EventCatalogue, T extends keyof C> = z.infer<C[T]['data']>;

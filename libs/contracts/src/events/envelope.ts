import { z } from 'zod';
import { SERVICE_NAMES } from '../services';

/** `<aggregate>.<verb-past>.v<N>`, e.g. `partnership.activated.v1`. */
export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+\.v[1-9][0-9]*$/;

/** The CloudEvents-like envelope every domain event travels in. `data` is checked per type. */
export const eventEnvelopeSchema = z
  .object({
    id: z.uuid({ version: 'v7' }),
    type: z.string().regex(EVENT_TYPE_PATTERN, 'must look like <aggregate>.<verb>.v<N>'),
    source: z.enum(SERVICE_NAMES),
    time: z.iso.datetime({ offset: true }),
    subject: z.string().min(1).max(200),
    correlationId: z.string().min(1).max(200),
    causationId: z.string().min(1).max(200).nullable(),
    data: z.unknown(),
  })
  .strict();

export type EventEnvelope<TType extends string = string, TData = unknown> = Omit<
  z.infer<typeof eventEnvelopeSchema>,
  'type' | 'data'
> & { type: TType; data: TData };

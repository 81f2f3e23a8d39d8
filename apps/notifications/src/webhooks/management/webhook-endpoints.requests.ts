import type { webhookEndpointsOperations } from '@scn/contracts';
import type { z } from 'zod';

/** A webhook-endpoints operation's request as the RPC server hands it over: parsed, defaults applied. */
export type WebhookEndpointsRequest<O extends keyof typeof webhookEndpointsOperations> = z.output<
  (typeof webhookEndpointsOperations)[O]['request']
>;

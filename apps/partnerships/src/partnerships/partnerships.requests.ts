import type { partnershipsOperations } from '@scn/contracts';
import type { z } from 'zod';

/** A partnerships operation's request as the RPC server hands it over: parsed, defaults applied. */
export type PartnershipsRequest<O extends keyof typeof partnershipsOperations> = z.output<(typeof partnershipsOperations)[O]['request']>;

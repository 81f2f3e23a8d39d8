import type { exchangeProgramsOperations } from '@scn/contracts';
import type { z } from 'zod';

/** An exchange-programs operation's request as the RPC server hands it over: parsed, defaults applied. */
export type ExchangeProgramsRequest<O extends keyof typeof exchangeProgramsOperations> = z.output<
  (typeof exchangeProgramsOperations)[O]['request']
>;

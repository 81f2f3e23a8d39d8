import { BaseRpcContext } from '@nestjs/microservices';
import { callerIdentitySchema, HEADERS, type CallerIdentity } from '@scn/contracts';
import type { MsgHdrs } from 'nats';

/** What an RPC handler gets beside the request: the operation, the headers and the caller. */
export class RpcContext extends BaseRpcContext<[string, MsgHdrs | undefined]> {
  get operation(): string {
    return this.args[0];
  }
  get headers(): MsgHdrs | undefined {
    return this.args[1];
  }
  /**
   * The caller as the gateway authenticated them, or undefined for anonymous calls (and
   * for a header that does not parse: a service never guesses who is calling).
   */
  get caller(): CallerIdentity | undefined {
    const raw = this.headers?.get(HEADERS.caller);
    if (!raw) return undefined;
    try {
      const parsed = callerIdentitySchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
}

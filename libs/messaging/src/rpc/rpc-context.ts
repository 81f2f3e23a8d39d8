import { BaseRpcContext } from '@nestjs/microservices';
import type { MsgHdrs } from 'nats';

/** What an RPC handler gets beside the request: the operation and the request headers. */
export class RpcContext extends BaseRpcContext<[string, MsgHdrs | undefined]> {
  get operation(): string {
    return this.args[0];
  }
  get headers(): MsgHdrs | undefined {
    return this.args[1];
  }
}

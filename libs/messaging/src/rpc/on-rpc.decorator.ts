import { MessagePattern } from '@nestjs/microservices';
import type { RpcAnswer, RpcOperationName, RpcParsedRequest } from '@scn/contracts';

/** Transport id of the request/reply server, so hybrid apps route handlers to it. */
export const RPC_TRANSPORT = Symbol('NATS_RPC_TRANSPORT');

/**
 * A handler of operation `O`: takes the request as the RPC server parsed it (defaults
 * applied), and possibly the context, and answers the operation's response. A method
 * whose first parameter wants what `O`'s contract does not give, or whose answer is not
 * `O`'s response, does not compile.
 */
export type RpcHandlerOf<O extends RpcOperationName> = (request: RpcParsedRequest<O>, ...context: never[]) => RpcAnswer<O> | Promise<RpcAnswer<O>>;

/** Marks a method as this service's handler of a request/reply operation, typed by the operation's contract. */
export function OnRpc<O extends RpcOperationName>(operation: O) {
  return <H extends RpcHandlerOf<O>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>): void => {
    MessagePattern(operation, RPC_TRANSPORT)(target, key, descriptor);
  };
}

import { MessagePattern } from '@nestjs/microservices';
import type { RpcOperationName } from '@scn/contracts';

/** Transport id of the request/reply server, so hybrid apps route handlers to it. */
export const RPC_TRANSPORT = Symbol('NATS_RPC_TRANSPORT');

/** Marks a method as this service's handler of a request/reply operation. */
export const OnRpc = (operation: RpcOperationName | (string & {})): MethodDecorator =>
  MessagePattern(operation, RPC_TRANSPORT);

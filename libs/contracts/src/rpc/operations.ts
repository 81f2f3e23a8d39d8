import { z } from 'zod';
import { readinessReportSchema } from './health';

/** One request/reply operation: the schema of its request and of its reply. */
export interface RpcOperation<TReq extends z.ZodType = z.ZodType, TRes extends z.ZodType = z.ZodType> {
  request: TReq;
  response: TRes;
}

/**
 * Operations every service serves, addressed as `<ns>.rpc.<service>.<operation>`.
 * Issues that add a context's commands and queries add their operations here.
 */
export const rpcOperations = {
  'health.ready': { request: z.object({}).strict(), response: readinessReportSchema },
} satisfies Record<string, RpcOperation>;

export type RpcOperationName = keyof typeof rpcOperations;
export type RpcRequest<O extends RpcOperationName> = z.input<(typeof rpcOperations)[O]['request']>;
export type RpcResponse<O extends RpcOperationName> = z.infer<(typeof rpcOperations)[O]['response']>;

import type { z } from 'zod';

/** One request/reply operation: the schema of its request and of its reply. */
export interface RpcOperation<TReq extends z.ZodType = z.ZodType, TRes extends z.ZodType = z.ZodType> {
  request: TReq;
  response: TRes;
}

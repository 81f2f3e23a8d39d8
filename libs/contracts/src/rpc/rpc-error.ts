import { z } from 'zod';

/**
 * The parameters of a broken rule, for a client to say the rule in its own words instead of
 * showing `message` (English). From zod: `minimum` or `maximum` with `origin` (`string`,
 * `number`, `array`, …) and `inclusive` (`exact` when a length must be exactly that),
 * `format` (`email`, `url`, `uuid`, `regex`, …; `prefix` for `starts_with`), `expected`
 * (`string`, `number`, `int`, `nonoptional`: required), `values` (the values allowed),
 * `divisor`, `keys` (the unknown ones); a custom rule's own (for example `maximum`).
 */
export const violationParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));
export type ViolationParams = z.infer<typeof violationParamsSchema>;

/** One invalid field of a request: which field, which rule, in words, and the rule's parameters when it has any. */
export const fieldViolationSchema = z.object({
  field: z.string(),
  rule: z.string(),
  message: z.string(),
  params: violationParamsSchema.optional().meta({
    description: 'The rule’s parameters, for a client to word the rule itself in its own language (`message` is English): `minimum`/`maximum` with `origin` and `inclusive`, `format`, `expected`, `values`, `divisor`, `keys`, or a custom rule’s own.',
    examples: [{ origin: 'number', maximum: 100, inclusive: true }],
  }),
});
export type FieldViolation = z.infer<typeof fieldViolationSchema>;

/**
 * The typed error a service returns over request/reply. `code` is stable (e.g.
 * `PARTNERSHIP.ALREADY_TERMINATED`); `status` is the HTTP status the gateway answers with.
 */
export const rpcErrorSchema = z.object({
  code: z.string().min(1),
  status: z.int().min(400).max(599),
  message: z.string(),
  details: z.array(fieldViolationSchema).optional(),
});
export type RpcErrorBody = z.infer<typeof rpcErrorSchema>;

/** What travels back on the reply subject. */
export const rpcReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: rpcErrorSchema }),
]);
export type RpcReply = z.infer<typeof rpcReplySchema>;

/**
 * A problem a service or the gateway answers with on purpose, declared once: its stable
 * code, HTTP status and meaning (the OpenAPI document lists it under each route).
 */
export interface ProblemCode {
  code: string;
  status: number;
  description: string;
}

/** Stable codes of failures that belong to the transport rather than to a domain. */
export const RPC_ERROR_CODES = {
  validation: 'REQUEST.INVALID',
  unknownOperation: 'RPC.UNKNOWN_OPERATION',
  timeout: 'RPC.TIMEOUT',
  unavailable: 'RPC.SERVICE_UNAVAILABLE',
  badReply: 'RPC.BAD_REPLY',
  internal: 'INTERNAL',
} as const;

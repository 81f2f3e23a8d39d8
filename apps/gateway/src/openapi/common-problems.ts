import { RPC_ERROR_CODES } from '@scn/contracts';
import type { ProblemCode } from '../http/route-declaration';

/**
 * Problems that do not belong to one route. The document adds `invalid`, `rateLimited` and
 * `internal` wherever they apply; routes that call other services list `serviceUnavailable`
 * and `timeout` in their `errors` themselves, as only their declaration knows it.
 */
export const COMMON_PROBLEMS = {
  invalid: {
    code: RPC_ERROR_CODES.validation,
    status: 400,
    description: 'The path, query or body is invalid: `errors` names each bad field.',
  },
  rateLimited: { code: 'RATE_LIMITED', status: 429, description: 'Too many requests: wait before retrying (see Retry-After).' },
  internal: { code: RPC_ERROR_CODES.internal, status: 500, description: 'An unexpected failure: quote the `correlationId` to support.' },
  serviceUnavailable: {
    code: RPC_ERROR_CODES.unavailable,
    status: 503,
    description: 'A service behind the gateway is not answering: retry later.',
  },
  timeout: { code: RPC_ERROR_CODES.timeout, status: 504, description: 'A service behind the gateway did not answer in time.' },
} as const satisfies Record<string, ProblemCode>;

import { RPC_ERROR_CODES, violationFromZodIssue, type FieldViolation, type ProblemCode, type RpcErrorBody } from '@scn/contracts';
import { ZodError } from 'zod';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainError, type ErrorKind } from './domain-error';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  gone: 410,
  'too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  unavailable: 503,
};

const KIND_BY_STATUS = new Map<number, ErrorKind>(
  Object.entries(STATUS_BY_KIND).map(([kind, status]) => [status, kind as ErrorKind]),
);

/** Raises a declared problem: its kind follows from its status, its message defaults to its description. */
export function problemError(problem: ProblemCode, message = problem.description, details?: FieldViolation[]): DomainError {
  const kind = KIND_BY_STATUS.get(problem.status);
  if (!kind) throw new Error(`Problem ${problem.code} has status ${problem.status}, which no error kind answers with`);
  return new DomainError(problem.code, kind, message, details);
}

/**
 * Field-by-field violations of a zod validation: field, rule (a custom check's
 * `params.rule`, e.g. `control_character`, else the issue's code), message and the rule's
 * `params` (`minimum`, `maximum`, `format`, …) for clients that word it themselves.
 */
export function violationsFromZod(error: ZodError): FieldViolation[] {
  return error.issues.map(violationFromZodIssue);
}

/**
 * The one mapping from errors to the typed RPC error body. A lost database connection
 * becomes a 503 (retry); anything else not raised on purpose an opaque 500: its cause is
 * logged by the caller, never sent.
 */
export function toRpcError(error: unknown): { body: RpcErrorBody; expected: boolean } {
  if (error instanceof DomainError) {
    return {
      expected: true,
      body: {
        code: error.code,
        status: STATUS_BY_KIND[error.kind],
        message: error.message,
        ...(error.details ? { details: error.details } : {}),
      },
    };
  }
  if (error instanceof ZodError) {
    return {
      expected: true,
      body: {
        code: RPC_ERROR_CODES.validation,
        status: 400,
        message: 'The request is not valid',
        details: violationsFromZod(error),
      },
    };
  }
  if (isDatabaseUnavailable(error)) {
    // Transient: nothing the caller did; retrying shortly is the answer. Still logged (not expected).
    return {
      expected: false,
      body: { code: RPC_ERROR_CODES.unavailable, status: 503, message: 'The service could not reach its database: retry shortly' },
    };
  }
  return {
    expected: false,
    body: { code: RPC_ERROR_CODES.internal, status: 500, message: 'Internal error' },
  };
}

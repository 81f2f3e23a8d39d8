import type { FieldViolation } from '@scn/contracts';

/** What went wrong, independent of any transport; each transport maps it once. */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  /** It existed and is gone for good (an applicant's erased data). */
  | 'gone'
  | 'too-large'
  | 'unsupported-media-type'
  | 'rate-limited'
  | 'unavailable';

/**
 * Base of every error a domain raises on purpose. `code` is stable and documented
 * (e.g. `PARTNERSHIP.ALREADY_TERMINATED`); messages may change, codes may not.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly details?: FieldViolation[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Input that breaks a rule: names each field and the rule it broke. */
export class ValidationError extends DomainError {
  constructor(details: FieldViolation[], message = 'The request is not valid') {
    super('REQUEST.INVALID', 'invalid', message, details);
  }
}

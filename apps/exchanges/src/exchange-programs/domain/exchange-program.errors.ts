import { EXCHANGE_PROGRAM_PROBLEMS as P, type FieldViolation } from '@scn/contracts';
import { DomainError, type ErrorKind } from '@scn/platform';
import type { ExchangeProgramStatus } from './exchange-program.state';

const KIND_BY_STATUS: Record<number, ErrorKind> = { 400: 'invalid', 403: 'forbidden', 404: 'not-found', 409: 'conflict' };

function fail(problem: { code: string; status: number }, message: string, details?: FieldViolation[]): DomainError {
  return new DomainError(problem.code, KIND_BY_STATUS[problem.status] ?? 'invalid', message, details);
}

/** The refusals of exchange programs, each with its stable code (listed in EXCHANGE_PROGRAM_PROBLEMS). */
export const ExchangeProgramErrors = {
  notFound: (id: string) => fail(P.notFound, `No exchange program ${id}`),
  illegalTransition: (status: ExchangeProgramStatus, action: string) =>
    fail(P.illegalTransition, `A ${status} exchange program cannot be ${action}`, [
      { field: 'status', rule: 'transition', message: `${status}: cannot be ${action}` },
    ]),
  fieldLocked: (fields: string[]) =>
    fail(
      P.fieldLocked,
      `The application window has closed: ${fields.join(', ')} can no longer change`,
      fields.map((field) => ({ field, rule: 'locked_after_window_close', message: 'can no longer change' })),
    ),
  partnershipUnknown: (id: string) => fail(P.partnershipUnknown, `No known partnership ${id}`),
  partnershipNotActive: (id: string, status: string) =>
    fail(P.partnershipNotActive, `Partnership ${id} is ${status}: exchange programs need an active partnership`, [
      { field: 'partnershipId', rule: 'active', message: status },
    ]),
};

import { EXCHANGE_PROGRAM_PROBLEMS as P } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';
import type { ExchangeProgramStatus } from './exchange-program.state';

/** The refusals of exchange programs, each with its stable code (listed in EXCHANGE_PROGRAM_PROBLEMS). */
export const ExchangeProgramErrors = {
  notFound: (id: string) => problemError(P.notFound, `No exchange program ${id}`),
  illegalTransition: (status: ExchangeProgramStatus, action: string) =>
    problemError(P.illegalTransition, `A ${status} exchange program cannot be ${action}`, [
      { field: 'status', rule: 'transition', message: `${status}: cannot be ${action}` },
    ]),
  fieldLocked: (fields: string[]) =>
    problemError(
      P.fieldLocked,
      `The application window has closed: ${fields.join(', ')} can no longer change`,
      fields.map((field) => ({ field, rule: 'locked_after_window_close', message: 'can no longer change' })),
    ),
  partnershipUnknown: (id: string) => problemError(P.partnershipUnknown, `No known partnership ${id}`),
  partnershipNotActive: (id: string, status: string) =>
    problemError(P.partnershipNotActive, `Partnership ${id} is ${status}: exchange programs need an active partnership`, [
      { field: 'partnershipId', rule: 'active', message: status, params: { status } },
    ]),
  pausedByPartnership: (id: string) =>
    problemError(P.pausedByPartnership, `Exchange program ${id} is paused because its partnership is suspended: it resumes when the partnership is reactivated`),
};

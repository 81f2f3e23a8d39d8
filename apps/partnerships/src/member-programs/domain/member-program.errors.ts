import { MEMBER_PROGRAM_PROBLEMS, type FieldViolation } from '@scn/contracts';
import { problemError, type DomainError } from '@scn/platform/errors';

type ProblemName = keyof typeof MEMBER_PROGRAM_PROBLEMS;
/** Raises one of the member-program problems (codes declared once, in the contracts). */
export function memberProgramError(name: ProblemName, message?: string, details?: FieldViolation[]): DomainError {
  return problemError(MEMBER_PROGRAM_PROBLEMS[name], message, details);
}

/** The update was based on an old revision: the answer names the current one. */
export function staleRevision(current: number, sent: number): DomainError {
  return memberProgramError('staleRevision', `The program is at revision ${current}, not ${sent}: read it again and retry`, [
    {
      field: 'revision',
      rule: 'current_revision',
      message: `current revision is ${current}`,
      params: { current },
    },
  ]);
}

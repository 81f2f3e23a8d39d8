import { MEMBER_PROGRAM_PROBLEMS, type FieldViolation } from '@scn/contracts';
import { DomainError, type ErrorKind } from '@scn/platform';

type ProblemName = keyof typeof MEMBER_PROGRAM_PROBLEMS;
const KIND_BY_STATUS: Record<number, ErrorKind> = {
  400: 'invalid',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
};

/** Raises one of the member-program problems (codes declared once, in the contracts). */
export function memberProgramError(name: ProblemName, message?: string, details?: FieldViolation[]): DomainError {
  const problem = MEMBER_PROGRAM_PROBLEMS[name];
  return new DomainError(problem.code, KIND_BY_STATUS[problem.status], message ?? problem.description, details);
}

/** The update was based on an old revision: the answer names the current one. */
export function staleRevision(current: number, sent: number): DomainError {
  return memberProgramError('staleRevision', `The program is at revision ${current}, not ${sent}: read it again and retry`, [
    {
      field: 'revision',
      rule: 'current_revision',
      message: `current revision is ${current}`,
    },
  ]);
}

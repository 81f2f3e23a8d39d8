import { REQUIREMENT_PROBLEMS as P, coversResource, type CallerIdentity, type FieldViolation } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';

/** The refusals of program requirements and answers, each with its stable code (REQUIREMENT_PROBLEMS). */
export const RequirementErrors = {
  programNotFound: (id: string) => problemError(P.programNotFound, `No exchange program ${id}`),
  choiceNotFound: (id: string) => problemError(P.choiceNotFound, `The application does not choose program ${id}`),
  answersInvalid: (violations: FieldViolation[]) =>
    problemError(P.answersInvalid, `${violations.length === 1 ? 'An answer breaks' : `${violations.length} answers break`} the program’s questionnaire`, violations),
};

const MANAGERS = ['network-staff', 'program-admin'] as const;

/** Whether the caller sets a program's requirements: network staff, or an admin of the program's member program. */
export function managesProgram(caller: CallerIdentity | undefined, program: { memberProgramId: string | null }): boolean {
  return !!caller && coversResource(caller, MANAGERS, { 'member-program': [program.memberProgramId] });
}

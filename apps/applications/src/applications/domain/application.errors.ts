import { APPLICATION_PROBLEMS as P, type FieldViolation } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';
import type { ApplicationStatus } from './application.state';

/** The refusals of applications, each with its stable code (listed in APPLICATION_PROBLEMS). */
export const ApplicationErrors = {
  notFound: (id: string) => problemError(P.notFound, `No application ${id}`),
  profileMissing: () => problemError(P.profileMissing, 'Create your applicant profile first'),
  programUnknown: (indexes: number[]) =>
    problemError(
      P.programUnknown,
      'A chosen program is not open to applications on this platform',
      indexes.map((index) => ({ field: `choices.${index}.exchangeProgramId`, rule: 'known_program', message: 'is not a published program' })),
    ),
  wrongSeason: (indexes: number[], season: number) =>
    problemError(
      P.wrongSeason,
      `Every choice must be a program of season ${season}`,
      indexes.map((index) => ({ field: `choices.${index}.exchangeProgramId`, rule: 'same_season', message: `is not a program of season ${season}`, params: { season } })),
    ),
  seasonTaken: (season: number) => problemError(P.seasonTaken, `You already have an application for season ${season}`),
  locked: (status: ApplicationStatus) =>
    problemError(P.locked, `A ${status} application’s choices no longer change`, [{ field: 'choices', rule: 'locked', message: status, params: { status } }]),
  illegalTransition: (status: ApplicationStatus, action: string) =>
    problemError(P.illegalTransition, `A ${status} application cannot be ${action}`, [
      { field: 'status', rule: 'transition', message: `${status}: cannot be ${action}` },
    ]),
  noOffer: () => problemError(P.noOffer, 'The application holds no open offer'),
  notEligible: (violations: FieldViolation[]) =>
    problemError(P.notEligible, `The submission breaks ${violations.length === 1 ? 'a rule' : `${violations.length} rules`} of the chosen programs`, violations),
};

import { NOMINATION_PROBLEMS as P, type CallerIdentity, type NominationView } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';
import { answersForHost, type HostingProgram } from './nomination-access';

/** The refusals of nominations, each with its stable code (listed in NOMINATION_PROBLEMS). */
export const NominationErrors = {
  notFound: (id: string) => problemError(P.notFound, `No nomination ${id}`),
  alreadyDecided: (state: string) => problemError(P.alreadyDecided, `The nomination was ${state} already`),
};

/** The nomination when the caller answers for its host; otherwise it does not exist for them (404). */
export function hostedNomination<N extends { view: NominationView; hosting: HostingProgram }>(
  nomination: N | null,
  caller: CallerIdentity | undefined,
  applicationId: string,
): N {
  if (!nomination || !answersForHost(caller, nomination.hosting, nomination.view.side)) throw NominationErrors.notFound(applicationId);
  return nomination;
}

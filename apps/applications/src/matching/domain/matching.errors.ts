import { MATCHING_PROBLEMS as P } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';

/** The refusals of matching runs, each with its stable code (listed in MATCHING_PROBLEMS). */
export const MatchingErrors = {
  runNotFound: (id: string) => problemError(P.runNotFound, `No matching run ${id}`),
  alreadyCommitted: (season: number) => problemError(P.alreadyCommitted, `Season ${season} already has a committed matching run`),
  stalePreview: (id: string) => problemError(P.stalePreview, `The season changed since preview ${id}: run a new preview`),
};

import {
  MATCHING_PROBLEMS as P,
  listMatchingOutcomesQuerySchema,
  listMatchingRunsQuerySchema,
  matchingOutcomeSchema,
  matchingRunSchema,
  matchingRunSummarySchema,
  pageOf,
  startMatchingRunBodySchema,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, type RouteAccess } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const TAG = 'matching';
const STAFF: RouteAccess = { kind: 'roles', roles: ['network-staff'] };
const params = z.object({ runId: z.uuid({ message: 'must be a UUID' }) }).strict();
const RUNS = '/v1/manage/matching-runs';

export const MATCHING_ROUTES = {
  start: defineRoute({
    operationId: 'startMatchingRun',
    method: 'POST',
    path: RUNS,
    summary:
      'Match a season: applicant-proposing deferred acceptance over the ranked choices and the programs’ rankings, places per side, ' +
      'ties broken by one seeded lottery, then stable improvement cycles. `preview` stores the run and changes nothing else; `commit` allocates the season (once).',
    tag: TAG,
    access: STAFF,
    body: startMatchingRunBodySchema,
    response: matchingRunSchema,
    status: 201,
    errors: [P.alreadyCommitted, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'matching-runs.start', timeoutMs: 300_000 },
  }),
  commit: defineRoute({
    operationId: 'commitMatchingRun',
    method: 'POST',
    path: `${RUNS}/:runId/commit`,
    summary: 'Commit a preview: refused when the season changed since (run a new preview) or is already committed',
    tag: TAG,
    access: STAFF,
    params,
    response: matchingRunSchema,
    errors: [P.runNotFound, P.alreadyCommitted, P.stalePreview, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'matching-runs.commit', timeoutMs: 300_000 },
  }),
  list: defineRoute({
    operationId: 'listMatchingRuns',
    method: 'GET',
    path: RUNS,
    summary: 'The runs made, previews and committed ones, newest first (one season’s with `season`): status, when, and their figures',
    tag: TAG,
    access: STAFF,
    query: listMatchingRunsQuerySchema,
    response: pageOf(matchingRunSummarySchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'matching-runs.list' },
  }),
  get: defineRoute({
    operationId: 'getMatchingRun',
    method: 'GET',
    path: `${RUNS}/:runId`,
    summary: 'A run with its figures: placed, first choice, top three, unplaced, each program’s fill per side',
    tag: TAG,
    access: STAFF,
    params,
    response: matchingRunSchema,
    errors: [P.runNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'matching-runs.get' },
  }),
  outcomes: defineRoute({
    operationId: 'listMatchingOutcomes',
    method: 'GET',
    path: `${RUNS}/:runId/outcomes`,
    summary: 'Each applicant’s outcome in a run: the placement, and for every choice above it why not (full, with ranks; ineligible; not ranked; no places) and the waitlist position',
    tag: TAG,
    access: STAFF,
    params,
    query: listMatchingOutcomesQuerySchema,
    response: pageOf(matchingOutcomeSchema),
    errors: [P.runNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'matching-runs.outcomes' },
  }),
};

import {
  APPLICATION_PROBLEMS as AP,
  RECOMMENDATION_PROBLEMS as P,
  REQUIREMENT_PROBLEMS as RP,
  SIGNED_LINK_PROBLEMS as LP,
  putRefereesBodySchema,
  recommendationRequestSchema,
  refereesSchema,
  tokenParamsSchema,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, type RouteAccess } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';
import { fileBody, UPLOAD_PROBLEMS } from './documents.routes';

// Recommendations (issue #13): the applicant names referees per choice; each referee opens
// their emailed link (signed, expiring) and uploads a letter without an account.

const TAG = 'applications';
const APPLICANTS: RouteAccess = { kind: 'roles', roles: ['applicant'] };
const uuid = z.uuid({ message: 'must be a UUID' });
const choiceParams = z.object({ applicationId: uuid, exchangeProgramId: uuid }).strict();
const NO_STORE = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } as const;

export const RECOMMENDATION_ROUTES = {
  getReferees: defineRoute({
    operationId: 'getMyReferees',
    method: 'GET',
    path: '/v1/me/applications/:applicationId/referees/:exchangeProgramId',
    summary: 'The referees you named for a choice, each requested or received (you never see a letter)',
    tag: TAG,
    access: APPLICANTS,
    params: choiceParams,
    response: refereesSchema,
    errors: [AP.notFound, RP.choiceNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'referees.get-mine' },
  }),
  putReferees: defineRoute({
    operationId: 'putMyReferees',
    method: 'PUT',
    path: '/v1/me/applications/:applicationId/referees/:exchangeProgramId',
    summary:
      'Name the referees of a choice (the whole list, matched by email): each new referee is emailed a link to upload their ' +
      'letter without an account; one no longer named loses theirs. Only drafts change.',
    tag: TAG,
    access: APPLICANTS,
    params: choiceParams,
    body: putRefereesBodySchema,
    response: refereesSchema,
    errors: [AP.notFound, RP.choiceNotFound, AP.locked, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'referees.put-mine' },
  }),
  getRequest: defineRoute({
    operationId: 'getRecommendationRequest',
    method: 'GET',
    path: '/v1/recommendations/:token',
    summary: 'For a referee, by their emailed link: who asks for a letter, for which program, and whether it was received',
    tag: TAG,
    access: { kind: 'public' },
    params: tokenParamsSchema,
    response: recommendationRequestSchema,
    secretPath: true,
    responseHeaders: NO_STORE,
    errors: [LP.invalid, LP.expired, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'recommendations.get-by-token' },
  }),
  uploadLetter: defineRoute({
    operationId: 'uploadRecommendationLetter',
    method: 'PUT',
    path: '/v1/recommendations/:token/letter',
    summary:
      'For a referee, by their emailed link: upload the letter (a PDF of at most 10 MiB, the raw file as the body, told by its ' +
      'content). A new upload replaces it while the application is open.',
    tag: TAG,
    access: { kind: 'public' },
    params: tokenParamsSchema,
    body: fileBody,
    bodyContentType: ['application/pdf', 'application/octet-stream'],
    response: recommendationRequestSchema,
    secretPath: true,
    responseHeaders: NO_STORE,
    errors: [LP.invalid, LP.expired, P.closed, ...UPLOAD_PROBLEMS, ...SERVICE_PROBLEMS],
  }),
};

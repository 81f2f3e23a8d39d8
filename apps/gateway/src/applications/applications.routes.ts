import {
  APPLICANT_PROBLEMS as AP,
  APPLICATION_PROBLEMS as P,
  applicantProfileSchema,
  applicationSchema,
  createApplicationBodySchema,
  declineOfferBodySchema,
  listMyApplicationsQuerySchema,
  pageOf,
  putApplicantProfileBodySchema,
  updateApplicationBodySchema,
  withdrawApplicationBodySchema,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, type RouteAccess } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const TAG = 'applications';
/** Applicant routes act for the signed-in applicant: the service answers with their own data only. */
const APPLICANTS: RouteAccess = { kind: 'roles', roles: ['applicant'] };
const params = z.object({ applicationId: z.uuid({ message: 'must be a UUID' }) }).strict();
const MINE = '/v1/me/applications';

export const APPLICANT_ROUTES = {
  getProfile: defineRoute({
    operationId: 'getMyApplicantProfile',
    method: 'GET',
    path: '/v1/me/applicant-profile',
    summary: 'Your applicant profile',
    tag: TAG,
    access: APPLICANTS,
    response: applicantProfileSchema,
    errors: [AP.noProfile, AP.erased, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applicants.get-mine' },
  }),
  putProfile: defineRoute({
    operationId: 'putMyApplicantProfile',
    method: 'PUT',
    path: '/v1/me/applicant-profile',
    summary:
      'Create or replace your applicant profile: name, birth date, home city (your side of each partnership follows from it), ' +
      'languages, contacts, and for a minor the guardian who consents (naming another guardian asks consent afresh)',
    tag: TAG,
    access: APPLICANTS,
    body: putApplicantProfileBodySchema,
    response: applicantProfileSchema,
    errors: [AP.erased, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applicants.put-mine' },
  }),
};

export const APPLICATION_ROUTES = {
  create: defineRoute({
    operationId: 'createMyApplication',
    method: 'POST',
    path: MINE,
    summary: 'Start your application for a season: a draft with your ranked choices among that season’s programs',
    tag: TAG,
    access: APPLICANTS,
    body: createApplicationBodySchema,
    response: applicationSchema,
    status: 201,
    errors: [P.profileMissing, AP.erased, P.programUnknown, P.wrongSeason, P.seasonTaken, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applications.create-mine' },
  }),
  list: defineRoute({
    operationId: 'listMyApplications',
    method: 'GET',
    path: MINE,
    summary: 'Your applications, newest season first',
    tag: TAG,
    access: APPLICANTS,
    query: listMyApplicationsQuerySchema,
    response: pageOf(applicationSchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applications.list-mine' },
  }),
  get: defineRoute({
    operationId: 'getMyApplication',
    method: 'GET',
    path: `${MINE}/:applicationId`,
    summary: 'One of your applications',
    tag: TAG,
    access: APPLICANTS,
    params,
    response: applicationSchema,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applications.get-mine' },
  }),
  update: defineRoute({
    operationId: 'updateMyApplication',
    method: 'PUT',
    path: `${MINE}/:applicationId/choices`,
    summary: 'Re-rank the choices of your draft',
    tag: TAG,
    access: APPLICANTS,
    params,
    body: updateApplicationBodySchema,
    response: applicationSchema,
    errors: [P.notFound, P.locked, P.profileMissing, P.programUnknown, P.wrongSeason, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applications.update-mine' },
  }),
  submit: defineRoute({
    operationId: 'submitMyApplication',
    method: 'POST',
    path: `${MINE}/:applicationId/submission`,
    summary:
      'Submit your draft: every chosen program’s rules are checked (window, age on the travel date, residence, side, languages, ' +
      'choices per season, guardian); each broken rule is named. Submitted, the application is locked.',
    tag: TAG,
    access: APPLICANTS,
    params,
    response: applicationSchema,
    errors: [P.notFound, P.illegalTransition, P.notEligible, P.profileMissing, P.programUnknown, P.wrongSeason, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applications.submit-mine' },
  }),
  acceptOffer: defineRoute({
    operationId: 'acceptMyOffer',
    method: 'POST',
    path: `${MINE}/:applicationId/offer/acceptance`,
    summary: 'Accept the place you are offered, before its deadline (with the host city’s acceptance of your nomination, the place is confirmed)',
    tag: TAG,
    access: APPLICANTS,
    params,
    response: applicationSchema,
    errors: [P.notFound, P.noOffer, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applications.accept-offer-mine' },
  }),
  declineOffer: defineRoute({
    operationId: 'declineMyOffer',
    method: 'POST',
    path: `${MINE}/:applicationId/offer/decline`,
    summary: 'Decline the place you are offered (it goes at once to the next on its waitlist; you keep waiting where you wait)',
    tag: TAG,
    access: APPLICANTS,
    params,
    body: declineOfferBodySchema,
    response: applicationSchema,
    errors: [P.notFound, P.noOffer, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applications.decline-offer-mine' },
  }),
  withdraw: defineRoute({
    operationId: 'withdrawMyApplication',
    method: 'POST',
    path: `${MINE}/:applicationId/withdrawal`,
    summary: 'Withdraw your application, with your reason (at any time before your travel begins)',
    tag: TAG,
    access: APPLICANTS,
    params,
    body: withdrawApplicationBodySchema,
    response: applicationSchema,
    errors: [P.notFound, P.illegalTransition, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applications.withdraw-mine' },
  }),
};

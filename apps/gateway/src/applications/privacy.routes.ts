import { APPLICANT_PROBLEMS as AP, applicantDataSchema, applicantErasureSchema, eraseApplicantDataBodySchema } from '@scn/contracts';
import { defineRoute, type RouteAccess } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

// The applicant's own data (issue #13): download all of it, or erase it. The service
// answers for the signed-in applicant only: nobody reaches another's.

const TAG = 'applications';
const APPLICANTS: RouteAccess = { kind: 'roles', roles: ['applicant'] };
const DATA = '/v1/me/applicant-data';

export const PRIVACY_ROUTES = {
  exportData: defineRoute({
    operationId: 'downloadMyApplicantData',
    method: 'GET',
    path: DATA,
    summary:
      'Download everything the applications service holds about you, as one JSON document: your profile, your applications with ' +
      'their choices, history, answers, documents (described, each with its download path), referees (and whether their letter ' +
      'arrived, never the letter), decisions with their explanations, waitlist positions and nominations once released',
    tag: TAG,
    access: APPLICANTS,
    response: applicantDataSchema,
    responseHeaders: { 'Content-Disposition': 'attachment; filename="applicant-data.json"', 'Cache-Control': 'private, no-store' },
    errors: [AP.erased, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'applicant-data.export-mine' },
  }),
  erase: defineRoute({
    operationId: 'eraseMyApplicantData',
    method: 'POST',
    path: `${DATA}/erasure`,
    summary:
      'Erase your applicant data for good (confirm with "erase my data"): your profile, documents, answers, referees and their ' +
      'letters, and reviewers’ comments about you are removed; your open applications are withdrawn (a place you hold goes to the ' +
      'next on its waitlist) and kept only as anonymous counts; every service is told. This account cannot apply again. ' +
      'Asking again answers the same and changes nothing.',
    tag: TAG,
    access: APPLICANTS,
    body: eraseApplicantDataBodySchema,
    response: applicantErasureSchema,
    errors: [...SERVICE_PROBLEMS],
    auditTarget: (_input, result) => (result as { applicantId?: string } | undefined)?.applicantId,
    forward: { service: 'applications', operation: 'applicant-data.erase-mine' },
  }),
};

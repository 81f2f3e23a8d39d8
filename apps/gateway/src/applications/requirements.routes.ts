import {
  APPLICATION_PROBLEMS as AP,
  REQUIREMENT_PROBLEMS as P,
  answersSchema,
  checklistSchema,
  programRequirementsSchema,
  putAnswersBodySchema,
  putProgramRequirementsBodySchema,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, type RouteAccess } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

// What applying to a program requires (issue #13): set by network staff or the admins of the
// program's member program, read by anyone; the applicant's questionnaire answers and checklist.

const TAG = 'applications';
const APPLICANTS: RouteAccess = { kind: 'roles', roles: ['applicant'] };
/** Network staff, or admins of the program's member program (the service decides the scope). */
const MANAGERS: RouteAccess = { kind: 'roles', roles: ['network-staff', 'program-admin'] };
const uuid = z.uuid({ message: 'must be a UUID' });
const programParams = z.object({ exchangeProgramId: uuid }).strict();
const choiceParams = z.object({ applicationId: uuid, exchangeProgramId: uuid }).strict();
const applicationParams = z.object({ applicationId: uuid }).strict();
const MINE = '/v1/me/applications/:applicationId';

export const REQUIREMENT_ROUTES = {
  get: defineRoute({
    operationId: 'getExchangeProgramRequirements',
    method: 'GET',
    path: '/v1/exchange-programs/:exchangeProgramId/application-requirements',
    summary: 'What applying to a program requires: documents, the questionnaire, the number of referees',
    tag: TAG,
    access: { kind: 'public' },
    params: programParams,
    response: programRequirementsSchema,
    errors: [P.programNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'requirements.get' },
  }),
  getManaged: defineRoute({
    operationId: 'getManagedExchangeProgramRequirements',
    method: 'GET',
    path: '/v1/manage/exchange-programs/:exchangeProgramId/application-requirements',
    summary: 'A program’s application requirements, for those who set them',
    tag: TAG,
    access: MANAGERS,
    params: programParams,
    response: programRequirementsSchema,
    errors: [P.programNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'requirements.get-managed' },
  }),
  put: defineRoute({
    operationId: 'putExchangeProgramRequirements',
    method: 'PUT',
    path: '/v1/manage/exchange-programs/:exchangeProgramId/application-requirements',
    summary:
      'Set what applying to a program requires: documents (key and label), a questionnaire (questions of type text, long-text, ' +
      'choice, number or yes-no; required or not; options; maximum length) and how many referees to name. Until set, the ' +
      'documents are the program’s eligibility requiredDocuments.',
    tag: TAG,
    access: MANAGERS,
    params: programParams,
    body: putProgramRequirementsBodySchema,
    response: programRequirementsSchema,
    errors: [P.programNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'requirements.put' },
  }),
  getAnswers: defineRoute({
    operationId: 'getMyApplicationAnswers',
    method: 'GET',
    path: `${MINE}/answers/:exchangeProgramId`,
    summary: 'Your answers to a chosen program’s questionnaire, and whether they are complete',
    tag: TAG,
    access: APPLICANTS,
    params: choiceParams,
    response: answersSchema,
    errors: [AP.notFound, P.choiceNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'answers.get-mine' },
  }),
  putAnswers: defineRoute({
    operationId: 'putMyApplicationAnswers',
    method: 'PUT',
    path: `${MINE}/answers/:exchangeProgramId`,
    summary:
      'Answer a chosen program’s questionnaire (all your answers; null clears one): each answer must fit its question, each ' +
      'refusal names the question key and the rule. Required questions may wait: submitting requires them.',
    tag: TAG,
    access: APPLICANTS,
    params: choiceParams,
    body: putAnswersBodySchema,
    response: answersSchema,
    errors: [AP.notFound, P.choiceNotFound, P.answersInvalid, AP.locked, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'answers.put-mine' },
  }),
  checklist: defineRoute({
    operationId: 'getMyApplicationChecklist',
    method: 'GET',
    path: `${MINE}/checklist`,
    summary:
      'What your application still misses per choice: documents, answers, referees named, letters received, guardian consent. ' +
      '`missing` blocks submission; `awaiting` (letters, consent) may arrive after it.',
    tag: TAG,
    access: APPLICANTS,
    params: applicationParams,
    response: checklistSchema,
    errors: [AP.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'checklist.get-mine' },
  }),
};

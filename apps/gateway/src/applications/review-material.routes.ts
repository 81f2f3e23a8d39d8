import {
  candidacyDocumentParamsSchema,
  candidacyLetterParamsSchema,
  DOCUMENT_PROBLEMS as D,
  readingMaterialSchema,
  REVIEW_PROBLEMS as P,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';
import { MANAGE, MANAGERS, MINE, REVIEWERS } from './review.routes';

// The material of a candidacy (issue #13, item 4): what a reviewer assesses — answers,
// documents, referees' letters — for its reader, and for the program's managers. The
// downloads have a controller (review-files.controller.ts): the bytes travel through the
// JetStream object store, as an applicant's own download does.

const TAG = 'review';
const uuid = z.uuid({ message: 'must be a UUID' });
const candidate = z.object({ exchangeProgramId: uuid, applicationId: uuid }).strict();
const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** A downloaded file is not kept by caches, nor sniffed as another type. */
const FILE_HEADERS = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };

export const REVIEW_MATERIAL_ROUTES = {
  downloadReadingDocument: defineRoute({
    operationId: 'downloadMyReviewAssignmentDocument',
    method: 'GET',
    path: `${MINE}/:applicationId/:exchangeProgramId/documents/:requirementKey`,
    summary:
      'Download a document of your reading: one the program requires, as the applicant uploaded it (in a blind reading the file is ' +
      'named by its key, not by the applicant’s file name). Not after you declared a conflict of interest.',
    tag: TAG,
    access: REVIEWERS,
    params: candidacyDocumentParamsSchema,
    responseContentType: DOCUMENT_TYPES,
    responseHeaders: FILE_HEADERS,
    errors: [P.assignmentNotFound, P.conflictDeclared, D.notFound, D.storeUnavailable, ...SERVICE_PROBLEMS],
  }),
  downloadReadingLetter: defineRoute({
    operationId: 'downloadMyReviewAssignmentLetter',
    method: 'GET',
    path: `${MINE}/:applicationId/:exchangeProgramId/letters/:recommendationId`,
    summary: 'Download a referee’s letter received for the choice of your reading (a PDF). Not after you declared a conflict of interest.',
    tag: TAG,
    access: REVIEWERS,
    params: candidacyLetterParamsSchema,
    responseContentType: 'application/pdf',
    responseHeaders: FILE_HEADERS,
    errors: [P.assignmentNotFound, P.conflictDeclared, P.letterNotFound, D.storeUnavailable, ...SERVICE_PROBLEMS],
  }),
  candidateMaterial: defineRoute({
    operationId: 'getProgramCandidateMaterial',
    method: 'GET',
    path: `${MANAGE}/candidates/:applicationId/material`,
    summary: 'What the candidate’s readers assess for the program: answers to its questionnaire, the documents it requires, referees’ letters (never blind)',
    tag: TAG,
    access: MANAGERS,
    params: candidate,
    response: readingMaterialSchema,
    errors: [P.programNotFound, P.candidateNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'review.get-candidate-material' },
  }),
  downloadCandidateDocument: defineRoute({
    operationId: 'downloadProgramCandidateDocument',
    method: 'GET',
    path: `${MANAGE}/candidates/:applicationId/documents/:requirementKey`,
    summary: 'Download a document the program requires, as the candidate uploaded it',
    tag: TAG,
    access: MANAGERS,
    params: candidacyDocumentParamsSchema,
    responseContentType: DOCUMENT_TYPES,
    responseHeaders: FILE_HEADERS,
    errors: [P.programNotFound, P.candidateNotFound, D.notFound, D.storeUnavailable, ...SERVICE_PROBLEMS],
  }),
  downloadCandidateLetter: defineRoute({
    operationId: 'downloadProgramCandidateLetter',
    method: 'GET',
    path: `${MANAGE}/candidates/:applicationId/letters/:recommendationId`,
    summary: 'Download a referee’s letter received for the candidate’s choice of the program (a PDF)',
    tag: TAG,
    access: MANAGERS,
    params: candidacyLetterParamsSchema,
    responseContentType: 'application/pdf',
    responseHeaders: FILE_HEADERS,
    errors: [P.programNotFound, P.candidateNotFound, P.letterNotFound, D.storeUnavailable, ...SERVICE_PROBLEMS],
  }),
};

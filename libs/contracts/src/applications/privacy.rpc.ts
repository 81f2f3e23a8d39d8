import { z } from 'zod';
import { agreementSideSchema } from '../partnerships/common';
import type { RpcOperation } from '../rpc/rpc-operation';
import { applicantProfileSchema } from './applicants.rpc';
import { applicationSchema } from './applications.rpc';
import { applicationDocumentSchema } from './documents.rpc';

// The applicant's own data (issue #13): everything the applications service holds about
// them, as one JSON document, and its erasure — personal data removed, anonymous counts
// kept, every service told by `applicant.erased.v1`. The problems are APPLICANT_PROBLEMS'
// (`APPLICANT.ERASED` once erased).

/** What the applicant types to confirm an erasure (it cannot be undone). */
export const ERASURE_CONFIRMATION = 'erase my data';

/** The name of the export's format: a change that breaks readers becomes .v2. */
export const APPLICANT_DATA_FORMAT = 'scn.applicant-data.v1';

export const eraseApplicantDataBodySchema = z
  .object({ confirm: z.literal(ERASURE_CONFIRMATION, { message: `must be exactly "${ERASURE_CONFIRMATION}"` }) })
  .strict();

/** One line of an application's history as its applicant may read it (`byYou`: the applicant did it). */
export const exportedHistoryLineSchema = z
  .object({ action: z.string(), details: z.record(z.string(), z.unknown()), byYou: z.boolean(), at: z.iso.datetime() })
  .meta({ id: 'ExportedHistoryLine' });

/** A document's description, not its bytes: `downloadPath` (below the API's base URL) gives them. */
export const exportedDocumentSchema = applicationDocumentSchema.extend({ downloadPath: z.string() }).meta({ id: 'ExportedDocument' });

/** A referee the applicant named, and whether their letter arrived (never the letter). */
export const exportedRefereeSchema = z
  .object({
    exchangeProgramId: z.uuid(),
    name: z.string(),
    email: z.string(),
    requestedAt: z.iso.datetime(),
    /** requested (awaited), received (the letter arrived), or cancelled (no longer named). */
    status: z.enum(['requested', 'received', 'cancelled']),
    receivedAt: z.iso.datetime().nullable(),
    cancelledAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ExportedReferee' });

export const exportedAnswersSchema = z
  .object({ exchangeProgramId: z.uuid(), answers: z.record(z.string(), z.unknown()), updatedAt: z.iso.datetime() })
  .meta({ id: 'ExportedAnswers' });

/** The host city's answer to the applicant's nomination (shown once the decision is out). */
export const exportedNominationSchema = z
  .object({
    exchangeProgramId: z.uuid(),
    side: agreementSideSchema,
    state: z.enum(['pending', 'accepted', 'refused']),
    decidedAt: z.iso.datetime().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ExportedNomination' });

/** An application as exported: as the applicant sees it (choices, decision, waitlists), with all that hangs on it. */
export const exportedApplicationSchema = applicationSchema
  .extend({
    history: z.array(exportedHistoryLineSchema),
    answers: z.array(exportedAnswersSchema),
    documents: z.array(exportedDocumentSchema),
    referees: z.array(exportedRefereeSchema),
    nomination: exportedNominationSchema.nullable(),
  })
  .meta({ id: 'ExportedApplication' });

/**
 * Everything the applications service holds about the caller. Decisions, placements and
 * waitlist positions show once released (as everywhere else); reviewers' readings are the
 * programs' assessment and are not part of it.
 */
export const applicantDataSchema = z
  .object({
    format: z.literal(APPLICANT_DATA_FORMAT),
    exportedAt: z.iso.datetime(),
    accountId: z.uuid(),
    /** Null when the applicant never made one. */
    profile: applicantProfileSchema.nullable(),
    applications: z.array(exportedApplicationSchema),
  })
  .meta({ id: 'ApplicantData' });
export type ApplicantDataView = z.infer<typeof applicantDataSchema>;

/** What an erasure did (a second erasure answers the same, and does nothing). */
export const applicantErasureSchema = z
  .object({
    applicantId: z.uuid(),
    erasedAt: z.iso.datetime(),
    /** Applications kept as anonymous rows (the season's counts still add up). */
    applicationsKept: z.int().min(0),
    /** Places the applicant held that went to the next on their waitlists. */
    placesFreed: z.int().min(0),
  })
  .meta({ id: 'ApplicantErasure' });
export type ApplicantErasureView = z.infer<typeof applicantErasureSchema>;

/** Request/reply operations of the applications service: the caller's own data, exported or erased. */
export const applicantDataOperations = {
  'applicant-data.export-mine': { request: z.object({}).strict(), response: applicantDataSchema },
  'applicant-data.erase-mine': { request: eraseApplicantDataBodySchema, response: applicantErasureSchema },
} satisfies Record<string, RpcOperation>;

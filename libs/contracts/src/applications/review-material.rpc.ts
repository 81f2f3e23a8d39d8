import { z } from 'zod';
import { documentMediaTypeSchema } from './documents.rpc';
import { QUESTION_TYPES, requirementKeySchema } from './requirements.rpc';

// What a reader assesses (issue #13, item 4): the applicant's answers to the program's
// questionnaire, the documents the program requires, the referees' letters for this
// choice. Described in the reading's detail; the files themselves are downloaded one by
// one, through the object store as every file is.

/** One question of the program's questionnaire with the applicant's answer (null: not answered). */
export const readerAnswerSchema = z
  .object({
    key: z.string(),
    /** The question as the program asks it now; null for an answer to a question the program has since removed. */
    label: z.string().nullable(),
    type: z.enum(QUESTION_TYPES).nullable(),
    answer: z.union([z.string(), z.number(), z.boolean()]).nullable(),
  })
  .meta({ id: 'ReaderAnswer' });

/** A document the program requires that the applicant uploaded (its bytes: download it by its key). */
export const readerDocumentSchema = z
  .object({
    requirementKey: z.string(),
    label: z.string(),
    contentType: documentMediaTypeSchema,
    size: z.int(),
    uploadedAt: z.iso.datetime(),
    /** The name the applicant gave the file; null in a blind reading (a file name often carries the applicant's name). */
    fileName: z.string().nullable(),
  })
  .meta({ id: 'ReaderDocument' });

/** A referee's letter received for this choice (always a PDF; its bytes: download it by its id). */
export const readerLetterSchema = z
  .object({
    recommendationId: z.uuid(),
    /** Null in a blind reading: a referee's name (a relative, a teacher at a named school) points at the applicant. */
    refereeName: z.string().nullable(),
    receivedAt: z.iso.datetime(),
    size: z.int(),
  })
  .meta({ id: 'ReaderLetter' });

export const readingMaterialSchema = z
  .object({
    answers: z.array(readerAnswerSchema),
    documents: z.array(readerDocumentSchema),
    letters: z.array(readerLetterSchema),
  })
  .meta({ id: 'ReadingMaterial' });
export type ReadingMaterialView = z.infer<typeof readingMaterialSchema>;

const uuid = z.uuid({ message: 'must be a UUID' });
/** A document of a candidacy, by the requirement key it was uploaded for. */
export const candidacyDocumentParamsSchema = z.object({ applicationId: uuid, exchangeProgramId: uuid, requirementKey: requirementKeySchema }).strict();
/** A referee's letter of a candidacy, by its recommendation's id. */
export const candidacyLetterParamsSchema = z.object({ applicationId: uuid, exchangeProgramId: uuid, recommendationId: uuid }).strict();

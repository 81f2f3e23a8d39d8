import { z } from 'zod';
import { fieldViolationSchema } from '../rpc/rpc-error';
import { multiLineText, singleLineText } from '../http/text';
import type { RpcOperation } from '../rpc/rpc-operation';
import { applicationStatusSchema } from './applications.rpc';
import { GUARDIAN_CONSENT_STATUSES } from './applicants.rpc';
import { duplicateIssue, ruleIssue } from '../http/zod-violation';

// What an application to a program needs besides eligibility (issue #13): documents, a
// questionnaire and recommendations, per exchange program, set by network staff or the
// admins of the program's member program; the applicant's answers to the questionnaire;
// and the checklist of what is still missing.

export const MAX_DOCUMENT_REQUIREMENTS = 20;
export const MAX_QUESTIONS = 50;
export const MAX_RECOMMENDATIONS = 5;
/** Longest answer to a text question when the question sets no `maxLength`. */
export const DEFAULT_ANSWER_MAX_LENGTH = 10_000;

export const REQUIREMENT_PROBLEMS = {
  programNotFound: {
    code: 'REQUIREMENTS.PROGRAM_NOT_FOUND',
    status: 404,
    description: 'No such exchange program (or not one you administer).',
  },
  choiceNotFound: {
    code: 'APPLICATION.CHOICE_NOT_FOUND',
    status: 404,
    description: 'The application does not choose this program (or is not yours).',
  },
  answersInvalid: {
    code: 'ANSWERS.INVALID',
    status: 400,
    description: 'Answers that break the program’s questionnaire: each entry of `errors` names the question (`answers.<key>`) and the rule.',
  },
} as const;

/** Keys of documents and questions: stable in URLs and answers. */
export const requirementKeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1–63 lower-case letters, digits and hyphens, starting with a letter or digit');

export const documentRequirementSchema = z
  .object({ key: requirementKeySchema, label: singleLineText({ min: 1, max: 200 }) })
  .strict()
  .meta({ id: 'DocumentRequirement' });
export type DocumentRequirement = z.infer<typeof documentRequirementSchema>;

export const QUESTION_TYPES = ['text', 'long-text', 'choice', 'number', 'yes-no'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const questionSchema = z
  .object({
    key: requirementKeySchema,
    label: singleLineText({ min: 1, max: 500 }),
    type: z.enum(QUESTION_TYPES),
    required: z.boolean().default(true),
    /** The answers a `choice` question allows (2–50, distinct); only for `choice`. */
    options: z.array(singleLineText({ min: 1, max: 200 })).max(50).optional(),
    /** Longest answer of a `text` or `long-text` question (default 10,000; `text` is one line). */
    maxLength: z.int().min(1).max(DEFAULT_ANSWER_MAX_LENGTH).optional(),
  })
  .strict()
  .superRefine((question, ctx) => {
    // Rule `options` (or `max_length`) with `problem` saying which: a client words each apart.
    if (question.type === 'choice') {
      const options = question.options ?? [];
      if (options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], ...ruleIssue('options', 'a choice question needs at least 2 options', { problem: 'too_few', minimum: 2 }) });
      if (new Set(options).size !== options.length) ctx.addIssue({ code: 'custom', path: ['options'], ...ruleIssue('options', 'must not repeat an option', { problem: 'repeated' }) });
    } else if (question.options !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['options'], ...ruleIssue('options', 'only a choice question has options', { problem: 'not_choice' }) });
    }
    if (question.maxLength !== undefined && question.type !== 'text' && question.type !== 'long-text') {
      ctx.addIssue({ code: 'custom', path: ['maxLength'], ...ruleIssue('max_length', 'only a text question has a maximum length', { problem: 'not_text' }) });
    }
  })
  .meta({ id: 'Question' });
export type Question = z.infer<typeof questionSchema>;

const uniqueKeys = <T extends { key: string }>(list: T[]) => new Set(list.map((item) => item.key)).size === list.length;

export const putProgramRequirementsBodySchema = z
  .object({
    documents: z.array(documentRequirementSchema).max(MAX_DOCUMENT_REQUIREMENTS).refine(uniqueKeys, duplicateIssue('must not repeat a key')),
    questions: z.array(questionSchema).max(MAX_QUESTIONS).refine(uniqueKeys, duplicateIssue('must not repeat a key')),
    /** How many referees must be named (their letters may arrive after submission). */
    recommendations: z.int().min(0).max(MAX_RECOMMENDATIONS),
  })
  .strict();
export type ProgramRequirementsBody = z.infer<typeof putProgramRequirementsBodySchema>;

export const programRequirementsSchema = z
  .object({
    exchangeProgramId: z.uuid(),
    title: z.string(),
    documents: z.array(documentRequirementSchema),
    questions: z.array(questionSchema),
    recommendations: z.int(),
    /** `program`: set for this program; `default`: none set, the documents are the program's eligibility `requiredDocuments`. */
    source: z.enum(['program', 'default']),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ProgramRequirements' });
export type ProgramRequirementsView = z.infer<typeof programRequirementsSchema>;

/** One answer: text (one line or more), a number, yes/no (true/false), an option; null clears it. */
export const answerValueSchema = z.union([multiLineText({ max: DEFAULT_ANSWER_MAX_LENGTH }), z.number(), z.boolean(), z.null()]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const putAnswersBodySchema = z
  .object({
    answers: z
      .record(requirementKeySchema, answerValueSchema)
      .refine((answers) => Object.keys(answers).length <= MAX_QUESTIONS, ruleIssue('max_answers', `must answer at most ${MAX_QUESTIONS} questions`, { maximum: MAX_QUESTIONS })),
  })
  .strict();

export const answersSchema = z
  .object({
    applicationId: z.uuid(),
    exchangeProgramId: z.uuid(),
    answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    /** Every required question answered, every answer valid, against the questionnaire as it is now. */
    complete: z.boolean(),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'QuestionnaireAnswers' });
export type AnswersView = z.infer<typeof answersSchema>;

/** A checklist entry: what is missing (or awaited), where (`choices.<n>.documents.<key>`…) and under which rule. */
export const checklistItemSchema = fieldViolationSchema.meta({ id: 'ChecklistItem' });

export const checklistSchema = z
  .object({
    applicationId: z.uuid(),
    status: applicationStatusSchema,
    /** True when nothing of the applicant's own is missing (documents, answers, referees, guardian). */
    readyToSubmit: z.boolean(),
    choices: z.array(
      z.object({
        rank: z.int(),
        exchangeProgramId: z.uuid(),
        title: z.string(),
        documents: z.array(z.object({ key: z.string(), label: z.string(), uploaded: z.boolean() })),
        questions: z.object({ total: z.int(), required: z.int(), answered: z.int(), missing: z.array(z.string()) }),
        referees: z.object({ required: z.int(), named: z.int(), received: z.int() }),
      }),
    ),
    guardianConsent: z.object({ required: z.boolean(), status: z.enum(GUARDIAN_CONSENT_STATUSES) }),
    /** The applicant's own items still missing: a submission is refused while any is (rules documents, answers, referees, guardian). */
    missing: z.array(checklistItemSchema),
    /** Items others provide, which may arrive after submission: referees’ letters (rule letters), the guardian’s consent (rule guardian-consent). */
    awaiting: z.array(checklistItemSchema),
  })
  .meta({ id: 'ApplicationChecklist' });
export type ChecklistView = z.infer<typeof checklistSchema>;

const uuid = z.uuid({ message: 'must be a UUID' });
const byProgram = z.object({ exchangeProgramId: uuid }).strict();
const byChoice = z.object({ applicationId: uuid, exchangeProgramId: uuid }).strict();

/** Request/reply operations of the applications service: program requirements, answers, checklist. */
export const requirementsOperations = {
  'requirements.get': { request: byProgram, response: programRequirementsSchema },
  'requirements.get-managed': { request: byProgram, response: programRequirementsSchema },
  'requirements.put': { request: byProgram.extend(putProgramRequirementsBodySchema.shape).strict(), response: programRequirementsSchema },
  'answers.get-mine': { request: byChoice, response: answersSchema },
  'answers.put-mine': { request: byChoice.extend(putAnswersBodySchema.shape).strict(), response: answersSchema },
  'checklist.get-mine': { request: z.object({ applicationId: uuid }).strict(), response: checklistSchema },
} satisfies Record<string, RpcOperation>;

import { putProgramRequirementsBodySchema, QUESTION_TYPES, type ProgramRequirementsBody } from '@scn/contracts/applications/requirements.rpc';
import { z } from 'zod';
import type { components } from '../../api/api-types.generated';

// The requirements editor edits the body of `PUT …/application-requirements`, checked by the
// contract's own schema. A question's options and longest answer are kept in the form
// whatever its type (switching a question to text and back keeps its options); what is sent
// has them only where the contract allows them: options for a choice, a maximum length for
// text. A key left empty is made from the label (`keyFrom`). Paths are unchanged, so both the
// contract's and the API's errors (`questions.2.options`) land on their fields.

export type ProgramRequirements = components['schemas']['ProgramRequirements'];
export type QuestionType = (typeof QUESTION_TYPES)[number];
export { QUESTION_TYPES };

export interface QuestionValues {
  key: string;
  label: string;
  type: QuestionType;
  required: boolean;
  options: string[];
  /** Null for the API's default (10,000 characters). */
  maxLength: number | null;
}

export interface RequirementsValues {
  documents: Array<{ key: string; label: string }>;
  questions: QuestionValues[];
  recommendations: number;
}

export type RequirementsBody = ProgramRequirementsBody;

const isText = (type: QuestionType) => type === 'text' || type === 'long-text';

const keyOrFromLabel = (key: string, label: string) => (key.trim() === '' ? keyFrom(label) : key);

/** What the form holds, as the API takes it. */
export function requirementsBody(values: RequirementsValues): unknown {
  return {
    documents: values.documents.map(({ key, label }) => ({ key: keyOrFromLabel(key, label), label })),
    questions: values.questions.map(({ key, label, type, required, options, maxLength }) => ({
      key: keyOrFromLabel(key, label),
      label,
      type,
      required,
      ...(type === 'choice' ? { options } : {}),
      ...(isText(type) && typeof maxLength === 'number' && !Number.isNaN(maxLength) ? { maxLength } : {}),
    })),
    recommendations: values.recommendations,
  };
}

/** The contract's schema, applied to what would be sent. */
export const requirementsFormSchema = z.preprocess(
  (values) => requirementsBody(values as RequirementsValues),
  putProgramRequirementsBodySchema,
) as unknown as z.ZodType<RequirementsBody, RequirementsValues>;

/** The requirements as the API answers them, as the form edits them. */
export function requirementsValues(requirements: Pick<ProgramRequirements, 'documents' | 'questions' | 'recommendations'>): RequirementsValues {
  return {
    documents: requirements.documents.map(({ key, label }) => ({ key, label })),
    questions: requirements.questions.map((question) => ({
      key: question.key,
      label: question.label,
      type: question.type,
      required: question.required,
      options: question.options ?? [],
      maxLength: question.maxLength ?? null,
    })),
    recommendations: requirements.recommendations,
  };
}

export const emptyQuestion = (): QuestionValues => ({ key: '', label: '', type: 'text', required: true, options: [], maxLength: null });

/**
 * The key made from a label, as the applications service derives the default documents'
 * keys: lower-case ASCII letters and digits, hyphens between words (`Passport copy` →
 * `passport-copy`); '' when nothing is left.
 */
export function keyFrom(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

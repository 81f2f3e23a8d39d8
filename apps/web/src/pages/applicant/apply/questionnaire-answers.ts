import type { components } from '../../../api/api-types.generated';

export type Question = components['schemas']['ProgramRequirements']['questions'][number];
type AnswerValue = string | number | boolean | null;

/**
 * A saved answer as its input holds it: text as written, a number as its digits, yes/no
 * as 'yes' or 'no' (the switch), nothing as ''.
 */
export function inputValueOf(saved: unknown): string {
  if (saved === null || saved === undefined) return '';
  if (typeof saved === 'boolean') return saved ? 'yes' : 'no';
  return String(saved);
}

/**
 * The answers to send: empty text clears an answer (null), a number goes as a number (what
 * is not one goes as typed, for the API to refuse on its field), and a yes/no question is
 * what its switch shows (off is "no", also before it was touched).
 */
export function answersBody(questions: readonly Question[], valueOf: (key: string) => string): Record<string, AnswerValue> {
  return Object.fromEntries(
    questions.map((question): [string, AnswerValue] => {
      const raw = valueOf(question.key).trim();
      if (question.type === 'yes-no') return [question.key, raw === 'yes'];
      if (raw === '') return [question.key, null];
      if (question.type === 'number') return [question.key, Number.isFinite(Number(raw)) ? Number(raw) : raw];
      return [question.key, raw];
    }),
  );
}

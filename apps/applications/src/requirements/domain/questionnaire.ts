import { DEFAULT_ANSWER_MAX_LENGTH, type AnswerValue, type FieldViolation, type Question } from '@scn/contracts';

/** Answers as stored: question key → value (a cleared answer is absent). */
export type Answers = Record<string, string | number | boolean>;

/**
 * What is wrong with answers to a questionnaire, one entry per question (`answers.<key>`)
 * and rule: `unknown_question`, `type` (params `expected`: `string`, `number`, `boolean` or
 * `choice`), `single_line`, `max_length` (`maximum`), `choice` (`values`: the options), and
 * with `requireAll`, `required` for a required question left unanswered. Empty: valid.
 */
export function answerViolations(questions: readonly Question[], answers: Readonly<Record<string, AnswerValue | undefined>>, requireAll = false): FieldViolation[] {
  const byKey = new Map(questions.map((question) => [question.key, question]));
  const violations: FieldViolation[] = [];
  for (const key of Object.keys(answers)) {
    if (!byKey.has(key)) violations.push({ field: `answers.${key}`, rule: 'unknown_question', message: 'is not a question of this program' });
  }
  for (const question of questions) {
    const value = answers[question.key];
    const field = `answers.${question.key}`;
    if (isUnanswered(value)) {
      if (requireAll && question.required) violations.push({ field, rule: 'required', message: `“${question.label}” must be answered` });
      continue;
    }
    const problem = valueProblem(question, value);
    if (problem) violations.push({ field, ...problem });
  }
  return violations;
}

/** The answers kept of a valid submission: cleared (null or blank) ones dropped, text trimmed. */
export function storedAnswers(answers: Readonly<Record<string, AnswerValue | undefined>>): Answers {
  const kept: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    if (isUnanswered(value)) continue;
    kept[key] = typeof value === 'string' ? value.trim() : value;
  }
  return kept;
}

/** Keys of required questions unanswered, or answered in a way the questionnaire (as it is now) refuses. */
export function missingAnswers(questions: readonly Question[], answers: Readonly<Answers>): string[] {
  const wrong = new Set(answerViolations(questions, answers, true).map((violation) => violation.field.slice('answers.'.length)));
  return questions.filter((question) => wrong.has(question.key)).map((question) => question.key);
}

function isUnanswered(value: AnswerValue | undefined): value is null | undefined | '' {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function valueProblem(question: Question, value: string | number | boolean): Omit<FieldViolation, 'field'> | null {
  switch (question.type) {
    case 'text':
    case 'long-text': {
      if (typeof value !== 'string') return { rule: 'type', message: 'must be text', params: { expected: 'string' } };
      if (question.type === 'text' && /[\r\n]/.test(value)) return { rule: 'single_line', message: 'must be a single line' };
      const max = question.maxLength ?? DEFAULT_ANSWER_MAX_LENGTH;
      return value.trim().length > max ? { rule: 'max_length', message: `must be at most ${max} characters`, params: { maximum: max } } : null;
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : { rule: 'type', message: 'must be a number', params: { expected: 'number' } };
    case 'yes-no':
      return typeof value === 'boolean' ? null : { rule: 'type', message: 'must be true (yes) or false (no)', params: { expected: 'boolean' } };
    case 'choice': {
      if (typeof value !== 'string') return { rule: 'type', message: 'must be one of the options', params: { expected: 'choice' } };
      const options = question.options ?? [];
      return options.includes(value.trim()) ? null : { rule: 'choice', message: `must be one of: ${options.join(', ')}`, params: { values: options } };
    }
  }
}

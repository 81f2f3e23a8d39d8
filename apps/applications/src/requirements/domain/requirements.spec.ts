import type { Question } from '@scn/contracts';
import { checklistOf, missingForSubmission, type ApplicationProgress, type ChoiceProgress } from './checklist';
import { defaultRequirements, keyOf, type ProgramRequirements } from './program-requirements';
import { answerViolations, missingAnswers, storedAnswers } from './questionnaire';

const QUESTIONS: Question[] = [
  { key: 'motivation', label: 'Why this exchange?', type: 'long-text', required: true, maxLength: 20 },
  { key: 'nickname', label: 'Nickname', type: 'text', required: false },
  { key: 'diet', label: 'Diet', type: 'choice', required: true, options: ['none', 'vegetarian'] },
  { key: 'siblings', label: 'Siblings', type: 'number', required: false },
  { key: 'swim', label: 'Can you swim?', type: 'yes-no', required: true },
];

describe('questionnaire answers', () => {
  it('accepts valid and partial answers, naming each broken rule by question key', () => {
    expect(answerViolations(QUESTIONS, { motivation: 'To learn', diet: 'none', swim: false, siblings: 2 })).toEqual([]);
    expect(answerViolations(QUESTIONS, { nickname: 'Ana' })).toEqual([]);
    expect(
      answerViolations(QUESTIONS, {
        motivation: 'x'.repeat(21),
        nickname: 'two\nlines',
        diet: 'vegan',
        siblings: 'two',
        swim: 'yes',
        shoe: 42,
      }).map(({ field, rule }) => `${field}:${rule}`),
    ).toEqual(['answers.shoe:unknown_question', 'answers.motivation:max_length', 'answers.nickname:single_line', 'answers.diet:choice', 'answers.siblings:type', 'answers.swim:type']);
  });

  it('gives each rule the params a client words it with (the bound, the options, the type expected)', () => {
    const said = answerViolations(QUESTIONS, { motivation: 'x'.repeat(21), diet: 'vegan', siblings: 'two', swim: 'yes', nickname: 3 }).map(({ field, rule, params }) => ({ field, rule, params }));
    expect(said).toEqual([
      { field: 'answers.motivation', rule: 'max_length', params: { maximum: 20 } },
      { field: 'answers.nickname', rule: 'type', params: { expected: 'string' } },
      { field: 'answers.diet', rule: 'choice', params: { values: ['none', 'vegetarian'] } },
      { field: 'answers.siblings', rule: 'type', params: { expected: 'number' } },
      { field: 'answers.swim', rule: 'type', params: { expected: 'boolean' } },
    ]);
    expect(answerViolations(QUESTIONS, { diet: 1 })[0]).toEqual({ field: 'answers.diet', rule: 'type', message: 'must be one of the options', params: { expected: 'choice' } });
  });

  it('requires the required questions only when asked to (at submission), and keeps no blank answer', () => {
    expect(answerViolations(QUESTIONS, { nickname: 'Ana', motivation: '  ' }, true).map(({ field, rule }) => `${field}:${rule}`)).toEqual([
      'answers.motivation:required',
      'answers.diet:required',
      'answers.swim:required',
    ]);
    expect(storedAnswers({ motivation: '  To learn ', nickname: '', siblings: null, swim: true })).toEqual({ motivation: 'To learn', swim: true });
    expect(missingAnswers(QUESTIONS, { motivation: 'To learn', diet: 'vegan' })).toEqual(['diet', 'swim']);
  });
});

describe('program requirements', () => {
  it('defaults to the documents of the eligibility rules, with keys from their labels', () => {
    expect(defaultRequirements({ requiredDocuments: ['Passport copy', 'Lettre de motivation (signée)', 'Passport copy'] })).toEqual({
      documents: [
        { key: 'passport-copy', label: 'Passport copy' },
        { key: 'lettre-de-motivation-signee', label: 'Lettre de motivation (signée)' },
        { key: 'passport-copy-2', label: 'Passport copy' },
      ],
      questions: [],
      recommendations: 0,
      source: 'default',
      updatedAt: null,
    });
    expect(defaultRequirements(null).documents).toEqual([]);
    expect(keyOf('???')).toBe('document');
  });
});

describe('checklist', () => {
  const requirements = (overrides: Partial<ProgramRequirements> = {}): ProgramRequirements => ({
    documents: [{ key: 'passport', label: 'Passport' }],
    questions: QUESTIONS,
    recommendations: 2,
    source: 'program',
    updatedAt: null,
    ...overrides,
  });
  const choice = (overrides: Partial<ChoiceProgress> = {}): ChoiceProgress => ({
    rank: 1,
    exchangeProgramId: 'p1',
    title: 'Summer',
    requirements: requirements(),
    answers: {},
    referees: { named: 0, received: 0 },
    ...overrides,
  });
  const progress = (overrides: Partial<ApplicationProgress> = {}): ApplicationProgress => ({
    choices: [choice()],
    uploadedDocuments: new Set(),
    guardian: { required: false, named: false, status: 'not-needed' },
    ...overrides,
  });

  it('lists every own item missing per choice, under the rule a submission names', () => {
    expect(missingForSubmission(progress()).map(({ field, rule }) => `${field}:${rule}`)).toEqual([
      'choices.0.documents.passport:documents',
      'choices.0.answers.motivation:answers',
      'choices.0.answers.diet:answers',
      'choices.0.answers.swim:answers',
      'choices.0.referees:referees',
    ]);
  });

  it('gives each missing item the words a client says it with: the choice’s title, the key and label, the referees counted', () => {
    const items = missingForSubmission(progress({ choices: [choice({ answers: { motivation: 'Yes', swim: true }, referees: { named: 1, received: 0 } })] }));
    expect(items).toEqual([
      { field: 'choices.0.documents.passport', rule: 'documents', message: 'Summer: upload “Passport”', params: { title: 'Summer', key: 'passport', label: 'Passport' } },
      { field: 'choices.0.answers.diet', rule: 'answers', message: 'Summer: answer “Diet”', params: { title: 'Summer', key: 'diet', label: 'Diet' } },
      { field: 'choices.0.referees', rule: 'referees', message: 'Summer: name 2 referees (1 named)', params: { title: 'Summer', required: 2, named: 1 } },
    ]);
    const awaiting = checklistOf(progress({ choices: [choice({ referees: { named: 2, received: 1 } })] })).awaiting;
    expect(awaiting).toEqual([{ field: 'choices.0.referees', rule: 'letters', message: 'Summer: 1 of 2 letters received', params: { title: 'Summer', received: 1, required: 2 } }]);
  });

  it('asks nothing of a program without requirements, and one upload serves every choice requiring its key', () => {
    const none = requirements({ documents: [], questions: [], recommendations: 0 });
    expect(missingForSubmission(progress({ choices: [choice({ requirements: none })] }))).toEqual([]);
    const both = progress({
      choices: [choice(), choice({ rank: 2, exchangeProgramId: 'p2', title: 'Winter' })].map((c) => ({
        ...c,
        answers: { motivation: 'Yes', diet: 'none', swim: true },
        referees: { named: 2, received: 0 },
      })),
      uploadedDocuments: new Set(['passport']),
    });
    expect(missingForSubmission(both)).toEqual([]);
  });

  it('is ready once own items are given, awaiting letters and the guardian’s consent', () => {
    const done = progress({
      choices: [choice({ answers: { motivation: 'Yes', diet: 'none', swim: true }, referees: { named: 2, received: 1 } })],
      uploadedDocuments: new Set(['passport']),
      guardian: { required: true, named: true, status: 'requested' },
    });
    const checklist = checklistOf(done);
    expect(checklist.readyToSubmit).toBe(true);
    expect(checklist.missing).toEqual([]);
    expect(checklist.awaiting.map(({ field, rule }) => `${field}:${rule}`)).toEqual(['choices.0.referees:letters', 'guardian:guardian-consent']);
    expect(checklist.choices[0]).toMatchObject({
      documents: [{ key: 'passport', label: 'Passport', uploaded: true }],
      questions: { total: 5, required: 3, answered: 3, missing: [] },
      referees: { required: 2, named: 2, received: 1 },
    });
    const noGuardian = checklistOf(progress({ guardian: { required: true, named: false, status: 'not-needed' } }));
    expect(noGuardian.readyToSubmit).toBe(false);
    expect(noGuardian.missing.at(-1)).toMatchObject({ field: 'guardian', rule: 'guardian' });
  });
});

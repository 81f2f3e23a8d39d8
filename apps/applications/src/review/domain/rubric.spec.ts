import { putRubricBodySchema, scoreReadingBodySchema } from '@scn/contracts';
import { DomainError } from '@scn/platform/errors';
import { checkRubric, criteriaMeaningChanged, scoreReading } from './rubric';

const criteria = [
  { key: 'motivation', label: 'Motivation', weight: 3 },
  { key: 'languages', label: 'Languages', weight: 1 },
];

function refusal(run: () => unknown): { code: string; errors: Array<{ field: string; rule: string }> } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, errors: (error.details ?? []).map(({ field, rule }) => ({ field, rule })) };
    throw error;
  }
  throw new Error('not refused');
}

describe('the rubric', () => {
  it('takes 1–20 criteria with unique keys and whole weights 1–100 (the contract’s schema)', () => {
    expect(putRubricBodySchema.safeParse({ criteria }).data).toEqual({ criteria, blindFirstRound: false });
    expect(putRubricBodySchema.safeParse({ criteria: [] }).success).toBe(false);
    expect(putRubricBodySchema.safeParse({ criteria: [...criteria, { key: 'motivation', label: 'Again', weight: 1 }] }).success).toBe(false);
    expect(putRubricBodySchema.safeParse({ criteria: [{ key: 'x', label: 'X', weight: 0 }] }).success).toBe(false);
    expect(putRubricBodySchema.safeParse({ criteria: [{ key: 'x', label: 'X', weight: 101 }] }).success).toBe(false);
    expect(putRubricBodySchema.safeParse({ criteria: [{ key: 'x', label: 'X', weight: 1.5 }] }).success).toBe(false);
    expect(putRubricBodySchema.safeParse({ criteria: [{ key: 'Has Space', label: 'X', weight: 1 }] }).success).toBe(false);
    const many = Array.from({ length: 21 }, (_, index) => ({ key: `c${index}`, label: `C${index}`, weight: 1 }));
    expect(putRubricBodySchema.safeParse({ criteria: many }).success).toBe(false);
    expect(putRubricBodySchema.safeParse({ criteria: many.slice(0, 20) }).success).toBe(true);
  });

  it('refuses duplicate keys and weights out of range, naming each criterion (the domain’s own check)', () => {
    expect(() => checkRubric(criteria)).not.toThrow();
    expect(refusal(() => checkRubric([...criteria, { key: 'motivation', label: 'Again', weight: 0 }]))).toEqual({
      code: 'REVIEW.INVALID_RUBRIC',
      errors: [
        { field: 'criteria.2.key', rule: 'unique_key' },
        { field: 'criteria.2.weight', rule: 'weight' },
      ],
    });
  });

  it('gives each refusal the params a client words it with', () => {
    const paramsOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof DomainError) return (error.details ?? []).map(({ rule, params }) => ({ rule, params }));
        throw error;
      }
      return [];
    };
    expect(paramsOf(() => checkRubric([...criteria, { key: 'motivation', label: 'Again', weight: 0 }]))).toEqual([
      { rule: 'unique_key', params: { key: 'motivation' } },
      { rule: 'weight', params: { minimum: 1, maximum: 100 } },
    ]);
    expect(paramsOf(() => checkRubric([]))).toEqual([{ rule: 'min_criteria', params: { minimum: 1 } }]);
    expect(paramsOf(() => scoreReading(criteria, { motivation: 6 }))).toEqual([
      { rule: 'score_range', params: { minimum: 1, maximum: 5 } },
      { rule: 'missing_criterion', params: { label: 'Languages' } },
    ]);
  });

  it('tells whether a new rubric changes what scores mean (keys or weights, not labels or order)', () => {
    expect(criteriaMeaningChanged(criteria, [...criteria].reverse().map((c) => ({ ...c, label: `${c.label}!` })))).toBe(false);
    expect(criteriaMeaningChanged(criteria, [{ ...criteria[0]!, weight: 4 }, criteria[1]!])).toBe(true);
    expect(criteriaMeaningChanged(criteria, [criteria[0]!])).toBe(true);
    expect(criteriaMeaningChanged(criteria, [criteria[0]!, { ...criteria[1]!, key: 'other' }])).toBe(true);
  });
});

describe(scoreReading.name, () => {
  it('sums weight × score and the weights', () => {
    expect(scoreReading(criteria, { motivation: 4, languages: 2 })).toEqual({ weightedSum: 14, weightTotal: 4 });
  });

  it('wants every criterion, nothing else, each 1–5 — naming each offence', () => {
    expect(refusal(() => scoreReading(criteria, { motivation: 6, other: 3 }))).toEqual({
      code: 'REVIEW.SCORES_NOT_MATCHING_RUBRIC',
      errors: [
        { field: 'scores.other', rule: 'unknown_criterion' },
        { field: 'scores.motivation', rule: 'score_range' },
        { field: 'scores.languages', rule: 'missing_criterion' },
      ],
    });
    expect(refusal(() => scoreReading(criteria, { motivation: 0, languages: 1 })).errors).toEqual([{ field: 'scores.motivation', rule: 'score_range' }]);
    // An inherited property is no score.
    expect(refusal(() => scoreReading([{ key: 'constructor', label: 'C', weight: 1 }], {})).errors).toEqual([{ field: 'scores.constructor', rule: 'missing_criterion' }]);
  });

  it('takes scores keyed by criterion keys, whole numbers (the contract’s schema)', () => {
    expect(scoreReadingBodySchema.safeParse({ scores: { motivation: 3 } }).data).toEqual({ scores: { motivation: 3 }, comment: null });
    expect(scoreReadingBodySchema.safeParse({ scores: { motivation: 3.5 } }).success).toBe(false);
    expect(scoreReadingBodySchema.safeParse({ scores: { 'Not A Key': 3 } }).success).toBe(false);
  });
});

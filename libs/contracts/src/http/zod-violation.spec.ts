import { z } from 'zod';
import { calendarDay } from './dates';
import { singleLineText } from './text';
import { putAnswersBodySchema, questionSchema } from '../applications/requirements.rpc';
import { timeZoneSchema } from '../partnerships/cities.rpc';
import { directorySearchRequestSchema } from '../partnerships/directory.rpc';
import { importRowCorrectionSchema } from '../partnerships/imports.rpc';
import { notificationPreferencesBodySchema } from '../notifications/preferences.rpc';
import { duplicateIssue, ruleIssue, violationFromZodIssue } from './zod-violation';

const violations = (schema: z.ZodType, value: unknown) => (schema.safeParse(value).error?.issues ?? []).map(violationFromZodIssue);

describe(violationFromZodIssue.name, () => {
  it('keeps the bound of a length or size rule, with what it measures', () => {
    const schema = z.object({ name: singleLineText({ min: 2, max: 5 }), weight: z.int().max(100), grants: z.array(z.string()).min(1), code: z.string().length(2) });
    expect(violations(schema, { name: 'a', weight: 101, grants: [], code: 'abc' })).toEqual([
      { field: 'name', rule: 'too_small', message: 'must be at least 2 characters', params: { origin: 'string', minimum: 2, inclusive: true } },
      { field: 'weight', rule: 'too_big', message: expect.any(String), params: { origin: 'number', maximum: 100, inclusive: true } },
      { field: 'grants', rule: 'too_small', message: expect.any(String), params: { origin: 'array', minimum: 1, inclusive: true } },
      { field: 'code', rule: 'too_big', message: expect.any(String), params: { origin: 'string', maximum: 2, inclusive: true, exact: true } },
    ]);
    expect(violations(z.number().gt(0), 0)[0]?.params).toEqual({ origin: 'number', minimum: 0, inclusive: false });
  });

  it('names the format, never the pattern behind it', () => {
    expect(violations(z.object({ email: z.email({ message: 'must be an email address' }) }), { email: 'x' })).toEqual([
      { field: 'email', rule: 'invalid_format', message: 'must be an email address', params: { format: 'email' } },
    ]);
    expect(violations(z.string().regex(/^[A-Z]{3}$/), 'eur')[0]?.params).toEqual({ format: 'regex' });
    expect(violations(z.string().startsWith('whsec_'), 'x')[0]?.params).toEqual({ format: 'starts_with', prefix: 'whsec_' });
  });

  it('keeps the expected type, the allowed values and the unknown keys', () => {
    expect(violations(z.object({ age: z.int() }), { age: 1.5 })[0]).toMatchObject({ field: 'age', rule: 'invalid_type', params: { expected: 'int' } });
    expect(violations(z.enum(['en', 'fr']), 'xx')[0]).toMatchObject({ field: '(root)', rule: 'invalid_value', params: { values: ['en', 'fr'] } });
    expect(violations(z.object({}).strict(), { a: 1, b: 2 })[0]).toMatchObject({ rule: 'unrecognized_keys', params: { keys: ['a', 'b'] } });
    expect(violations(z.number().multipleOf(5), 3)[0]?.params).toEqual({ divisor: 5 });
  });

  it('names a custom rule by its params and keeps its other plain params', () => {
    expect(violations(singleLineText({ max: 10 }), 'a\u0000b')[0]).toEqual({ field: '(root)', rule: 'control_character', message: expect.any(String) });
    expect(violations(calendarDay(), '0999-01-01')[0]).toMatchObject({ rule: 'year_out_of_range', params: { minimum: 1000, maximum: 9999 } });
    const odd = z.string().refine(() => false, { message: 'no', params: { rule: 'odd', limit: 3, nested: { a: 1 } } });
    expect(violations(odd, 'x')[0]).toEqual({ field: '(root)', rule: 'odd', message: 'no', params: { limit: 3 } });
    expect(violations(z.string().refine(() => false, 'never'), 'x')[0]).toEqual({ field: '(root)', rule: 'custom', message: 'never' });
  });

  it('names a repeated entry of a list `duplicate`', () => {
    const languages = z.array(z.string()).refine((list) => new Set(list).size === list.length, duplicateIssue('must not name the same language twice'));
    expect(violations(z.object({ languages }), { languages: ['fr', 'fr'] })).toEqual([{ field: 'languages', rule: 'duplicate', message: 'must not name the same language twice' }]);
  });

  it('names each custom check of the contracts, with the params a client words it with', () => {
    expect(violations(z.string().refine(() => false, ruleIssue('odd', 'is odd', { limit: 3 })), 'x')[0]).toEqual({ field: '(root)', rule: 'odd', message: 'is odd', params: { limit: 3 } });
    expect(violations(timeZoneSchema, 'Mars/Olympus')[0]).toEqual({ field: '(root)', rule: 'time_zone', message: 'must be an IANA time zone such as Europe/Berlin' });
    expect(violations(notificationPreferencesBodySchema, { timeZone: 'Mars/Olympus', quietHours: null, digest: 'off', channels: [] })).toEqual([
      { field: 'timeZone', rule: 'time_zone', message: 'must be an IANA time zone such as Europe/Paris' },
    ]);
    expect(violations(directorySearchRequestSchema, { since: '2020', until: '2010' })).toEqual([
      { field: 'since', rule: 'not_after', message: 'must not be after `until`', params: { other: 'until' } },
    ]);
    expect(violations(importRowCorrectionSchema, { side: 'member' })).toEqual([{ field: 'cityId', rule: 'either_or', message: 'give either cityId or city', params: { other: 'city' } }]);
    const answers = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`q${i}`, 'yes']));
    expect(violations(putAnswersBodySchema, { answers })).toEqual([{ field: 'answers', rule: 'max_answers', message: 'must answer at most 50 questions', params: { maximum: 50 } }]);
  });

  it('tells the questionnaire’s option rules apart by their params', () => {
    const question = (extra: object) => violations(questionSchema, { key: 'size', label: 'Size', ...extra }).map(({ field, rule, params }) => ({ field, rule, params }));
    expect(question({ type: 'choice', options: ['S'] })).toEqual([{ field: 'options', rule: 'options', params: { problem: 'too_few', minimum: 2 } }]);
    expect(question({ type: 'choice', options: ['S', 'M', 'S'] })).toEqual([{ field: 'options', rule: 'options', params: { problem: 'repeated' } }]);
    expect(question({ type: 'number', options: ['S'], maxLength: 5 })).toEqual([
      { field: 'options', rule: 'options', params: { problem: 'not_choice' } },
      { field: 'maxLength', rule: 'max_length', params: { problem: 'not_text' } },
    ]);
  });

  it('gives a union no params', () => {
    expect(violations(z.union([z.string(), z.number()]), true)[0]).toEqual({ field: '(root)', rule: 'invalid_union', message: expect.any(String) });
  });
});

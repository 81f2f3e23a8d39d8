import { z } from 'zod';
import { calendarDay } from './dates';
import { singleLineText } from './text';
import { duplicateIssue, violationFromZodIssue } from './zod-violation';

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

  it('gives a union no params', () => {
    expect(violations(z.union([z.string(), z.number()]), true)[0]).toEqual({ field: '(root)', rule: 'invalid_union', message: expect.any(String) });
  });
});

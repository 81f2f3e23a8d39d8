import { ValidationError } from '@scn/platform';
import { z } from 'zod';
import { validateInput } from './input-validation';
import { defineRoute, type RouteDeclaration } from './route-declaration';

const route = defineRoute({
  operationId: 'example',
  method: 'POST',
  path: '/v1/things/:id',
  summary: 's',
  tag: 't',
  access: { kind: 'public' },
  params: z.object({ id: z.uuid() }).strict(),
  query: z.object({ dryRun: z.enum(['true', 'false']).optional() }).strict(),
  body: z.object({ name: z.string().min(1) }).strict(),
});
const id = '01a22ae9-c32b-76ab-b92d-0e31869d2f40';

const violations = (raw: Parameters<typeof validateInput>[1], r: RouteDeclaration = route) => {
  try {
    validateInput(r, raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).details!.map((d) => `${d.field}:${d.rule}`);
  }
  throw new Error('expected a validation error');
};

describe(validateInput.name, () => {
  it('returns the parsed parts', () => {
    expect(validateInput(route, { params: { id }, query: {}, body: { name: 'n' } })).toEqual({ params: { id }, query: {}, body: { name: 'n' } });
  });

  it('refuses NUL, control characters and unpaired surrogates in any part, whatever the schema, before it reads them', () => {
    expect(violations({ params: { id: `${id}\u0000` }, query: { dryRun: 'true\u0001' }, body: { name: 'n\uD800' } })).toEqual([
      'params.id:control_character',
      'query.dryRun:control_character',
      'body.name:unpaired_surrogate',
    ]);
  });

  it('hands the route its strings in Unicode normal form C', () => {
    expect(validateInput(route, { params: { id }, query: {}, body: { name: 'Malmo\u0308' } }).body).toEqual({ name: 'Malm\u00F6' });
  });

  it('names every bad field of every part at once', () => {
    expect(violations({ params: { id: 'x' }, query: { dryRun: 'maybe', extra: '1' }, body: { name: '', admin: true } })).toEqual([
      'params.id:invalid_format',
      'query.dryRun:invalid_value',
      'query:unrecognized_keys',
      'body.name:too_small',
      'body:unrecognized_keys',
    ]);
  });

  it('requires a body where the route takes one', () => {
    expect(violations({ params: { id }, query: {}, body: undefined })).toEqual(['body:required']);
  });

  it('refuses query parameters and a body on a route that declares none', () => {
    const bare = defineRoute({ operationId: 'bare', method: 'GET', path: '/v1/bare', summary: 's', tag: 't', access: { kind: 'public' } });
    expect(violations({ params: {}, query: { limit: '5' }, body: { a: 1 } }, bare)).toEqual(['query:unrecognized_keys', 'body:unrecognized_keys']);
    expect(validateInput(bare, { params: {}, query: {}, body: undefined })).toEqual({ params: {}, query: {}, body: undefined });
  });
});

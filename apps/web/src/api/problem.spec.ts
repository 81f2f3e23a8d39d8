import { ApiProblem, asProblem, fieldErrors, type Problem } from './problem';

const invalid: Problem = {
  type: 'urn:scn:problem:request.invalid',
  title: 'Bad Request',
  status: 400,
  detail: 'The request is invalid.',
  code: 'REQUEST.INVALID',
  correlationId: 'c-1',
  errors: [
    { field: 'body.password', rule: 'too_small', message: 'must be at least 12 characters' },
    { field: 'body.password', rule: 'other', message: 'a second message' },
    { field: 'body.grants.0.role', rule: 'invalid', message: 'is granted twice' },
    { field: 'query.country', rule: 'invalid', message: 'must be a country code' },
  ],
};

/** Says a violation as the API words it (the forms say it in the viewer's language: validation-message.ts). */
const english = (violation: { message: string }) => violation.message;

describe('problem documents in the console', () => {
  it('puts each field error on the form field it names, the first message of a field winning', () => {
    expect(fieldErrors(invalid, english)).toEqual({ password: 'must be at least 12 characters', 'grants.0.role': 'is granted twice' });
    expect(fieldErrors(invalid, english, 'query')).toEqual({ country: 'must be a country code' });
  });

  it('says each field error by the given function, which gets the form field, rule and params', () => {
    const said = fieldErrors({ ...invalid, errors: [{ field: 'body.title', rule: 'too_big', message: 'must be at most 200 characters', params: { origin: 'string', maximum: 200 } }] }, (violation) => `${violation.field} ${violation.rule} ${String(violation.params?.['maximum'])}`);
    expect(said).toEqual({ title: 'title too_big 200' });
  });

  it('turns anything a call can throw into a problem, never a raw error', () => {
    expect(asProblem(new ApiProblem(invalid))).toBe(invalid);
    expect(asProblem(new TypeError('Failed to fetch'))).toMatchObject({ title: 'Unexpected error', detail: 'Failed to fetch', status: 500 });
  });
});

import { toProblem } from './problem-details';

describe(toProblem.name, () => {
  it('builds an RFC 9457 document with a URN type, the code and the correlation id', () => {
    const problem = toProblem(
      { code: 'PARTNERSHIP.ALREADY_TERMINATED', status: 409, message: 'The partnership is terminated' },
      'req-7',
      '/v1/partnerships/p-1/suspend',
    );
    expect(problem).toEqual({
      type: 'urn:scn:problem:partnership.already_terminated',
      title: 'Conflict',
      status: 409,
      detail: 'The partnership is terminated',
      code: 'PARTNERSHIP.ALREADY_TERMINATED',
      correlationId: 'req-7',
      instance: '/v1/partnerships/p-1/suspend',
    });
  });

  it('lists the invalid fields as errors', () => {
    const details = [{ field: 'name', rule: 'too_small', message: 'must not be empty' }];
    const problem = toProblem({ code: 'REQUEST.INVALID', status: 400, message: 'The request is not valid', details }, 'req-8');
    expect(problem.title).toBe('Bad Request');
    expect(problem.errors).toEqual(details);
  });

  it('leaves out instance and errors when there are none', () => {
    const problem = toProblem({ code: 'INTERNAL', status: 500, message: 'Internal error' }, 'req-9');
    expect(problem).not.toHaveProperty('instance');
    expect(problem).not.toHaveProperty('errors');
    expect(problem.title).toBe('Internal Server Error');
  });

  it('titles a status it has no name for "Error"', () => {
    expect(toProblem({ code: 'X.TEAPOT', status: 418, message: 'm' }, 'c').title).toBe('Error');
  });
});

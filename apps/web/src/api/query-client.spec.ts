import { ApiProblem, ConnectionLost, type Problem } from './problem';
import { retryDelay, shouldRetry } from './query-client';

const problem = (status: number): Problem => ({ type: 'about:blank', title: 'x', status, detail: '', code: 'X', correlationId: '' });

describe('when a read is tried again', () => {
  it('keeps retrying while the connection is lost', () => {
    expect(shouldRetry(0, new ConnectionLost())).toBe(true);
    expect(shouldRetry(50, new ConnectionLost())).toBe(true);
  });

  it('takes a refusal of the API as the answer, and retries a server error twice', () => {
    expect(shouldRetry(0, new ApiProblem(problem(404)))).toBe(false);
    expect(shouldRetry(0, new ApiProblem(problem(503)))).toBe(true);
    expect(shouldRetry(2, new ApiProblem(problem(503)))).toBe(false);
  });

  it('waits longer each time, at most 15 s', () => {
    expect([0, 1, 2, 10].map(retryDelay)).toEqual([1_000, 2_000, 4_000, 15_000]);
  });
});

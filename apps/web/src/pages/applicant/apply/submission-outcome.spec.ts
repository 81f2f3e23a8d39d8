import { api } from '../../../api/client';
import { ApiProblem, ConnectionLost, type Problem } from '../../../api/problem';
import { outcomeMayDiffer, submittedMeanwhile } from './submission-outcome';

// The API client is replaced (a unit test): GET answers as the test says; `unwrap` stays real.
jest.mock('../../../api/client', () => ({ ...jest.requireActual('../../../api/client'), api: { GET: jest.fn() } }));
const get = api.GET as unknown as jest.Mock;

const applicationId = '0190a0b4-1c2d-7e3f-8a4b-5c6d7e8f9a01';
const problem = (status: number, code: string): ApiProblem =>
  new ApiProblem({ type: 'about:blank', title: 'Error', status, detail: '', code, correlationId: '' } satisfies Problem);
const answer = (status: number, data: unknown) => ({ data: status < 400 ? data : undefined, error: status < 400 ? undefined : data, response: { ok: status < 400, status, statusText: '' } });

beforeEach(() => get.mockReset());

describe('a failed submission whose outcome may differ', () => {
  it('is one whose answer was lost or which the API calls no longer a draft; a refusal on the rules is certain', () => {
    expect(outcomeMayDiffer(problem(504, 'RPC.TIMEOUT'))).toBe(true);
    expect(outcomeMayDiffer(problem(503, 'SERVICE.UNAVAILABLE'))).toBe(true);
    expect(outcomeMayDiffer(new ConnectionLost())).toBe(true);
    expect(outcomeMayDiffer(problem(409, 'APPLICATION.ILLEGAL_TRANSITION'))).toBe(true);
    expect(outcomeMayDiffer(problem(400, 'APPLICATION.NOT_ELIGIBLE'))).toBe(false);
    expect(outcomeMayDiffer(problem(404, 'APPLICATION.NOT_FOUND'))).toBe(false);
    expect(outcomeMayDiffer(new Error('a bug'))).toBe(false);
  });

  it('went through when the application read afterwards is no longer a draft', async () => {
    get.mockResolvedValue(answer(200, { id: applicationId, status: 'submitted', season: 2027, choices: [] }));
    await expect(submittedMeanwhile(applicationId)).resolves.toMatchObject({ id: applicationId, status: 'submitted' });
    expect(get).toHaveBeenCalledWith('/v1/me/applications/{applicationId}', { params: { path: { applicationId } } });
  });

  it('did not when it is still a draft, or when the read fails too (the first failure is the one shown)', async () => {
    get.mockResolvedValueOnce(answer(200, { id: applicationId, status: 'draft', season: 2027, choices: [] }));
    await expect(submittedMeanwhile(applicationId)).resolves.toBeNull();
    get.mockResolvedValueOnce(answer(503, { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: '', code: 'SERVICE.UNAVAILABLE', correlationId: '' }));
    await expect(submittedMeanwhile(applicationId)).resolves.toBeNull();
    get.mockRejectedValueOnce(new ConnectionLost());
    await expect(submittedMeanwhile(applicationId)).resolves.toBeNull();
  });
});

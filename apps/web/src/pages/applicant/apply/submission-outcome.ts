import type { components } from '../../../api/api-types.generated';
import { api, unwrap } from '../../../api/client';
import { ApiProblem, ConnectionLost } from '../../../api/problem';

type Application = components['schemas']['Application'];

/**
 * Whether a submission that failed may have gone through all the same: its answer was lost
 * (the gateway gave up waiting, 504; a 5xx; the connection dropped) or the API says the
 * application is no longer a draft (409, submitted from another tab, or by the first of
 * two tries whose answer was lost). A refusal on the rules (400) is certain: nothing to ask.
 */
export function outcomeMayDiffer(error: unknown): boolean {
  if (error instanceof ConnectionLost) return true;
  return error instanceof ApiProblem && (error.status >= 500 || error.status === 409);
}

/**
 * After a submission failed with an uncertain outcome, asks the API where the application
 * stands: the application when it is no longer a draft (the submission went through), null
 * when it still is or the question itself fails (the failure is then the one to show).
 */
export async function submittedMeanwhile(applicationId: string): Promise<Application | null> {
  try {
    const current = unwrap(await api.GET('/v1/me/applications/{applicationId}', { params: { path: { applicationId } } }));
    return current.status === 'draft' ? null : current;
  } catch {
    return null;
  }
}

import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-types.generated';
import { connection } from './connection';
import { ApiProblem, ConnectionLost, looksLikeProblem } from './problem';
import { session } from './session';

/**
 * Calls the platform, noting whether an answer came: a fetch that throws (no network,
 * gateway down) becomes `ConnectionLost`, which queries retry and the layout announces.
 */
async function fetchNotingConnection(request: Request): Promise<Response> {
  try {
    const response = await globalThis.fetch(request);
    connection.markAnswered();
    return response;
  } catch (error) {
    if (request.signal.aborted) throw error;
    connection.markLost();
    throw new ConnectionLost(error);
  }
}

const baseUrl = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;

/** Calls that need no access token: signing in and the token refresh itself. */
const bareClient = createClient<paths>({ baseUrl, fetch: fetchNotingConnection });

/** Refresh this long before the access token runs out, so a request never races its expiry. */
const REFRESH_MARGIN_MS = 30_000;
let refreshing: Promise<string | null> | null = null;

/**
 * A valid access token, refreshed first when it is about to expire; null when signed out.
 * Exported for the two calls fetch cannot make with progress or a stream: uploads
 * (XMLHttpRequest reports upload progress) and the inbox's event stream.
 */
export async function accessToken(): Promise<string | null> {
  const current = session.current();
  if (!current) return null;
  if (current.accessExpiresAt - REFRESH_MARGIN_MS > Date.now()) return current.tokens.accessToken;
  // One refresh for every request that finds the token stale: the API rotates refresh tokens.
  refreshing ??= bareClient
    .POST('/v1/auth/refresh', { body: { refreshToken: current.tokens.refreshToken } })
    .then(({ data }) => {
      if (!data) {
        session.end();
        return null;
      }
      session.start(data);
      return data.accessToken;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

const bearerToken: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
};

/** The typed client of the gateway's `/v1` API (types generated from its OpenAPI document). */
export const api = createClient<paths>({ baseUrl, fetch: fetchNotingConnection });
api.use(bearerToken);

export { bareClient };

/**
 * The data of a call, or its problem thrown as `ApiProblem` (what TanStack Query and the
 * forms expect). Answers without a problem body still become a problem with their status.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const problem = looksLikeProblem(result.error)
      ? result.error
      : {
          type: 'about:blank',
          title: result.response.statusText || 'Error',
          status: result.response.status,
          detail: '',
          code: 'HTTP.ERROR',
          correlationId: '',
        };
    throw new ApiProblem(problem);
  }
  return result.data as T;
}

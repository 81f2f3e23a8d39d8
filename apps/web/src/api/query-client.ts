import { QueryClient } from '@tanstack/react-query';
import { ApiProblem, ConnectionLost } from './problem';

/** Waits 1 s, 2 s, 4 s … between tries, at most 15 s. */
export const retryDelay = (attempt: number) => Math.min(1_000 * 2 ** attempt, 15_000);

/**
 * Whether a failed read is tried again. A lost connection is retried until it comes back
 * (the layout says the connection is lost meanwhile); a refusal of the API (4xx) is an
 * answer, not a failure, and is shown at once; a server error gets two more tries.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ConnectionLost) return true;
  if (error instanceof ApiProblem) return error.status >= 500 && failureCount < 2;
  return false;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, staleTime: 30_000, refetchOnWindowFocus: false },
      // A form submitted while the connection is down is sent again when it answers; other failures are shown.
      mutations: { retry: (count, error) => error instanceof ConnectionLost && count < 5, retryDelay },
    },
  });
}

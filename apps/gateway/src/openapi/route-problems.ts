import { AUTHORIZATION_PROBLEMS } from '../authorization/authorization.errors';
import type { ProblemCode, RouteDeclaration } from '../http/route-declaration';
import { COMMON_PROBLEMS } from './common-problems';

/**
 * Every problem a route may answer with: its declared `errors` plus those the gateway's
 * own layers raise for it (validation, the access guard, the scope check, the rate limit,
 * the error filter). Each code once, ordered by status so the document reads naturally.
 */
export function routeProblems(route: RouteDeclaration): ProblemCode[] {
  const takesInput = Boolean(route.params || route.query || route.body);
  const access = route.access.kind;
  const candidates: ProblemCode[] = [
    ...(takesInput ? [COMMON_PROBLEMS.invalid] : []),
    ...(access !== 'public' ? [AUTHORIZATION_PROBLEMS.unauthenticated, AUTHORIZATION_PROBLEMS.tokenExpired] : []),
    // Only role-restricted routes are refused by role, and only they check the caller's scope.
    ...(access === 'roles' ? [AUTHORIZATION_PROBLEMS.forbidden] : []),
    ...(route.errors ?? []),
    COMMON_PROBLEMS.rateLimited,
    COMMON_PROBLEMS.internal,
  ];
  const byCode = new Map<string, ProblemCode>();
  for (const problem of candidates) if (!byCode.has(problem.code)) byCode.set(problem.code, problem);
  return [...byCode.values()].sort((a, b) => a.status - b.status);
}

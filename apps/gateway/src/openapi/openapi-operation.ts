import { ROLE_SCOPE_KINDS } from '@scn/contracts';
import { PROBLEM_CONTENT_TYPE } from '@scn/platform';
import type { ZodOpenApiOperationObject, ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import type { ProblemCode, RouteAccess, RouteDeclaration } from '../http/route-declaration';
import { BEARER_AUTH } from './bearer-auth';
import { problemSchema } from './problem.schema';
import { routeProblems } from './route-problems';

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

/** The OpenAPI operation of one route, with its zod schemas left for zod-openapi to render. */
export function buildOperation(route: RouteDeclaration): ZodOpenApiOperationObject {
  const { params, query, body } = route;
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    description: accessSentence(route.access),
    // Machine-readable twin of the sentence above, for client generators and the route × role tests.
    'x-roles': rolesOf(route.access),
    security: route.access.kind === 'public' ? [] : [{ [BEARER_AUTH.name]: [] }],
    ...(params || query ? { requestParams: { ...(params ? { path: params } : {}), ...(query ? { query } : {}) } } : {}),
    // The gateway refuses a missing body when the route declares one.
    ...(body ? { requestBody: { required: true, content: requestContent(route, body) } } : {}),
    responses: { ...successResponse(route), ...problemResponses(routeProblems(route)) },
  };
}

/** The body's schema under each media type the route takes. */
function requestContent(route: RouteDeclaration, body: NonNullable<RouteDeclaration['body']>) {
  const types = route.bodyContentType === undefined ? ['application/json'] : [route.bodyContentType].flat();
  return Object.fromEntries(types.map((type) => [type, { schema: body }]));
}

function rolesOf(access: RouteAccess): string[] {
  return access.kind === 'roles' ? [...access.roles] : [access.kind];
}

function accessSentence(access: RouteAccess): string {
  switch (access.kind) {
    case 'public':
      return 'Roles: public (no access token needed).';
    case 'authenticated':
      return 'Roles: any signed-in account (authenticated).';
    case 'roles': {
      const scoped = access.roles.some((role) => ROLE_SCOPE_KINDS[role] !== null)
        ? ' Scoped roles reach only resources within their scope: others are answered as if the resource did not exist (404).'
        : '';
      return `Roles: ${access.roles.join(', ')}.${scoped}`;
    }
  }
}

function successResponse(route: RouteDeclaration): ZodOpenApiResponsesObject {
  // Mirrors the default status of `@Endpoint`: DELETE answers 204, everything else 200.
  const status = route.status ?? (route.method === 'DELETE' ? 204 : 200);
  const response: ZodOpenApiResponseObject = { description: REASONS[status] ?? 'Success' };
  if (status !== 204 && route.responseContentType) {
    response.content = Object.fromEntries([route.responseContentType].flat().map((type) => [type, { schema: { type: 'string' } }]));
  } else if (status !== 204 && route.response) {
    response.content = { 'application/json': { schema: route.response } };
  }
  return { [String(status)]: response };
}

/** One response per status; several codes sharing a status are listed in its description. */
function problemResponses(problems: readonly ProblemCode[]): ZodOpenApiResponsesObject {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const problem of problems) byStatus.set(problem.status, [...(byStatus.get(problem.status) ?? []), problem]);
  const responses = [...byStatus].map(([status, group]): [string, ZodOpenApiResponseObject] => [
    String(status),
    {
      description: describeProblems(group),
      // The codes once more, as data, so clients and tests need not parse the description.
      'x-problem-codes': group.map((problem) => problem.code),
      content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } },
    },
  ]);
  return Object.fromEntries(responses);
}

function describeProblems(problems: readonly ProblemCode[]): string {
  const line = (problem: ProblemCode) => `\`${problem.code}\`: ${problem.description}`;
  const [only, ...others] = problems;
  if (only && others.length === 0) return line(only);
  return ['One of these problems, told apart by `code`:', '', ...problems.map((problem) => `- ${line(problem)}`)].join('\n');
}

import type { FieldViolation, RpcErrorBody } from '@scn/contracts';

/** RFC 9457 problem details, with the platform's stable `code` and correlation id. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  correlationId: string;
  instance?: string;
  errors?: FieldViolation[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Builds a problem document from a typed error body. */
export function toProblem(error: RpcErrorBody, correlationId: string, instance?: string): ProblemDetails {
  return {
    type: `urn:scn:problem:${error.code.toLowerCase()}`,
    title: TITLES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    correlationId,
    ...(instance ? { instance } : {}),
    ...(error.details ? { errors: error.details } : {}),
  };
}

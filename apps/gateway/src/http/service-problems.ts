import { COMMON_PROBLEMS } from '../openapi/common-problems';
import type { ProblemCode } from './route-declaration';

/** Problems of every route that calls a service: it is down (503) or too slow (504). */
export const SERVICE_PROBLEMS: readonly ProblemCode[] = [COMMON_PROBLEMS.serviceUnavailable, COMMON_PROBLEMS.timeout];

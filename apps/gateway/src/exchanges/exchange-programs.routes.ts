import {
  cancelExchangeProgramBodySchema,
  pauseExchangeProgramBodySchema,
  createExchangeProgramBodySchema,
  exchangeProgramCategoryCountsSchema,
  EXCHANGE_PROGRAM_PROBLEMS as P,
  exchangeProgramSchema,
  listExchangeProgramsQuerySchema,
  pageOf,
  publicExchangeProgramSchema,
  searchExchangeProgramsQuerySchema,
  updateExchangeProgramBodySchema,
  type Role,
  type RpcOperationName,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, type ForwardCheckOf, type RouteAccess, type RouteDeclaration } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const TAG = 'exchange-programs';
const MANAGERS: readonly Role[] = ['network-staff', 'program-admin'];
const params = z.object({ exchangeProgramId: z.uuid({ message: 'must be a UUID' }) }).strict();
const MANAGE = '/v1/manage/exchange-programs';
/** Staff, and the admins of the member program whose partnership runs the program (the service decides which). */
const managers: RouteAccess = { kind: 'roles', roles: MANAGERS };

/** A step of a program's lifecycle: POST /v1/manage/exchange-programs/:id/<verb>, answered with the program as it now is. */
/** What a step route sends its operation: the path's program id and the body. */
type StepRequest<B> = z.output<typeof params> & ([B] extends [z.ZodObject] ? z.output<B> : unknown);

function stepRoute<O extends RpcOperationName, B extends z.ZodObject | undefined = undefined>(
  route: {
    operationId: string;
    /** The exchanges operation it forwards to (path parameter and body merged). */
    operation: O;
    verb: string;
    summary: string;
    body?: B;
    errors?: readonly (typeof P)[keyof typeof P][];
  } & ForwardCheckOf<StepRequest<B>, O>,
): RouteDeclaration {
  return {
    operationId: route.operationId,
    method: 'POST',
    path: `${MANAGE}/:exchangeProgramId/${route.verb}`,
    summary: route.summary,
    tag: TAG,
    access: managers,
    params,
    body: route.body,
    response: exchangeProgramSchema,
    errors: [P.notFound, P.illegalTransition, ...(route.errors ?? []), ...SERVICE_PROBLEMS],
    forward: { service: 'exchanges', operation: route.operation },
  };
}

export const EXCHANGE_PROGRAM_ROUTES = {
  search: defineRoute({
    operationId: 'searchExchangePrograms',
    method: 'GET',
    path: '/v1/exchange-programs',
    summary: 'The catalogue: published programs open for applications or soon to open, by category, city, language, dates and age',
    tag: TAG,
    access: { kind: 'public' },
    query: searchExchangeProgramsQuerySchema,
    response: pageOf(publicExchangeProgramSchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'exchanges', operation: 'exchange-programs.catalogue' },
  }),
  statistics: defineRoute({
    operationId: 'getExchangeProgramStatistics',
    method: 'GET',
    path: '/v1/exchange-programs/statistics',
    summary: 'Programs by category: in the catalogue now, and held (participants placed)',
    tag: TAG,
    access: { kind: 'public' },
    response: exchangeProgramCategoryCountsSchema,
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'exchanges', operation: 'exchange-programs.category-counts' },
  }),
  getPublic: defineRoute({
    operationId: 'getExchangeProgram',
    method: 'GET',
    path: '/v1/exchange-programs/:exchangeProgramId',
    summary: 'One program as the public sees it (drafts are not public)',
    tag: TAG,
    access: { kind: 'public' },
    params,
    response: publicExchangeProgramSchema,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'exchanges', operation: 'exchange-programs.get-public' },
  }),
  create: defineRoute({
    operationId: 'createExchangeProgram',
    method: 'POST',
    path: MANAGE,
    summary: 'Draft an exchange program under an active partnership (staff, or an admin of its member program)',
    tag: TAG,
    // The service checks the partnership's member program against the caller's grants.
    access: { kind: 'roles', roles: MANAGERS },
    body: createExchangeProgramBodySchema,
    response: exchangeProgramSchema,
    status: 201,
    errors: [P.partnershipUnknown, P.partnershipNotActive, ...SERVICE_PROBLEMS],
    auditTarget: (_input, result) => (result as { id?: string } | undefined)?.id,
    forward: { service: 'exchanges', operation: 'exchange-programs.create' },
  }),
  list: defineRoute({
    operationId: 'listManagedExchangePrograms',
    method: 'GET',
    path: MANAGE,
    summary: 'Programs the caller manages (staff all, program admins those of their member programs), newest first',
    tag: TAG,
    access: { kind: 'roles', roles: MANAGERS },
    query: listExchangeProgramsQuerySchema,
    response: pageOf(exchangeProgramSchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'exchanges', operation: 'exchange-programs.list' },
  }),
  get: defineRoute({
    operationId: 'getManagedExchangeProgram',
    method: 'GET',
    path: `${MANAGE}/:exchangeProgramId`,
    summary: 'One program in full, drafts included, with its latest changes',
    tag: TAG,
    access: managers,
    params,
    response: exchangeProgramSchema,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'exchanges', operation: 'exchange-programs.get' },
  }),
  update: defineRoute({
    operationId: 'updateExchangeProgram',
    method: 'PATCH',
    path: `${MANAGE}/:exchangeProgramId`,
    summary: 'Change fields within the rules (after the window closed, only decision and offer dates, title and description)',
    tag: TAG,
    access: managers,
    params,
    body: updateExchangeProgramBodySchema,
    response: exchangeProgramSchema,
    errors: [P.notFound, P.illegalTransition, P.fieldLocked, ...SERVICE_PROBLEMS],
    forward: { service: 'exchanges', operation: 'exchange-programs.update' },
  }),
  publish: stepRoute({
    operationId: 'publishExchangeProgram',
    operation: 'exchange-programs.publish',
    verb: 'publish',
    summary: 'Publish a draft (its partnership must be active); its window opens on its date',
    errors: [P.partnershipNotActive],
  }),
  close: stepRoute({ operationId: 'closeExchangeProgram', operation: 'exchange-programs.close', verb: 'close', summary: 'Close the application window early' }),
  allocate: stepRoute({ operationId: 'allocateExchangeProgram', operation: 'exchange-programs.allocate', verb: 'allocate', summary: 'Mark the places as allocated' }),
  start: stepRoute({ operationId: 'startExchangeProgram', operation: 'exchange-programs.start', verb: 'start', summary: 'Mark the exchange as under way' }),
  complete: stepRoute({ operationId: 'completeExchangeProgram', operation: 'exchange-programs.complete', verb: 'complete', summary: 'Mark the exchange as completed' }),
  cancel: stepRoute({
    operationId: 'cancelExchangeProgram',
    operation: 'exchange-programs.cancel',
    verb: 'cancel',
    summary: 'Cancel a program before completion, with the reason (those concerned are told)',
    body: cancelExchangeProgramBodySchema,
  }),
  pause: stepRoute({
    operationId: 'pauseExchangeProgram',
    operation: 'exchange-programs.pause',
    verb: 'pause',
    summary: 'Pause a program by hand with a note (it takes no applications and does not open until a manager resumes it)',
    body: pauseExchangeProgramBodySchema,
  }),
  resume: stepRoute({
    operationId: 'resumeExchangeProgram',
    operation: 'exchange-programs.resume',
    verb: 'resume',
    summary: 'Resume a paused program (one paused by its suspended partnership resumes with the partnership)',
    errors: [P.pausedByPartnership],
  }),
} as const;

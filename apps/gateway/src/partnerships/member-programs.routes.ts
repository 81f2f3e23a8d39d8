import {
  MEMBER_PROGRAM_PROBLEMS as P,
  memberProgramListFilterShape,
  memberProgramSchema,
  pageOf,
  registerMemberProgramBodySchema,
  setMembershipBodySchema,
  updateMemberProgramBodySchema,
} from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const STAFF = ['network-staff'] as const;
const STAFF_AND_ADMINS = ['network-staff', 'program-admin'] as const;
const TAG = 'member-programs';

const programParams = z.object({ memberProgramId: z.uuid({ message: 'must be a UUID' }) }).strict();
/** Query strings carry booleans as text. */
const booleanQuery = z.enum(['true', 'false']).transform((value) => value === 'true');

export const MEMBER_PROGRAM_ROUTES = {
  register: defineRoute({
    operationId: 'registerMemberProgram',
    method: 'POST',
    path: '/v1/member-programs',
    summary: 'Register the sister-city organization of a city of the gazetteer',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF },
    body: registerMemberProgramBodySchema,
    response: memberProgramSchema,
    status: 201,
    errors: [P.cityNotFound, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'member-programs.register' },
  }),
  list: defineRoute({
    operationId: 'listMemberPrograms',
    method: 'GET',
    path: '/v1/member-programs',
    summary: 'Member programs by name (program admins see the programs they administer)',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF_AND_ADMINS },
    query: z
      .object({
        ...memberProgramListFilterShape,
        inGoodStanding: booleanQuery.optional(),
      })
      .strict(),
    response: pageOf(memberProgramSchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'member-programs.list' },
  }),
  get: defineRoute({
    operationId: 'getMemberProgram',
    method: 'GET',
    path: '/v1/member-programs/:memberProgramId',
    summary: 'One member program, with its standing',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF_AND_ADMINS },
    params: programParams,
    response: memberProgramSchema,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'member-programs.get' },
  }),
  update: defineRoute({
    operationId: 'updateMemberProgram',
    method: 'PATCH',
    path: '/v1/member-programs/:memberProgramId',
    summary: 'Change name, contacts or website (staff also membership and dues), at the revision last read',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF_AND_ADMINS },
    params: programParams,
    body: updateMemberProgramBodySchema,
    response: memberProgramSchema,
    errors: [P.staffOnlyField, P.notFound, P.staleRevision, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'member-programs.update' },
  }),
  setMembership: defineRoute({
    operationId: 'setMemberProgramMembership',
    method: 'PUT',
    path: '/v1/member-programs/:memberProgramId/membership',
    summary: 'Record membership status and the year dues are paid through',
    tag: TAG,
    access: { kind: 'roles', roles: STAFF },
    params: programParams,
    body: setMembershipBodySchema,
    response: memberProgramSchema,
    errors: [P.notFound, P.staleRevision, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'member-programs.set-membership' },
  }),
} as const;

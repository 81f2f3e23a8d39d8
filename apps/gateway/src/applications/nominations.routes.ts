import { NOMINATION_PROBLEMS as P, listNominationsQuerySchema, nominationSchema, pageOf, refuseNominationBodySchema } from '@scn/contracts';
import { z } from 'zod';
import { defineRoute, type RouteAccess } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const TAG = 'nominations';
/** Hosts: a partner city's contacts, a member program's admins, staff (the service decides which nominees each answers for). */
const HOSTS: RouteAccess = { kind: 'roles', roles: ['network-staff', 'partner-contact', 'program-admin'] };
const params = z.object({ applicationId: z.uuid({ message: 'must be a UUID' }) }).strict();

export const NOMINATION_ROUTES = {
  list: defineRoute({
    operationId: 'listNominations',
    method: 'GET',
    path: '/v1/nominations',
    summary: 'The participants nominated to the cities you answer for (incoming participants), to accept or refuse',
    tag: TAG,
    access: HOSTS,
    query: listNominationsQuerySchema,
    response: pageOf(nominationSchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'nominations.list' },
  }),
  accept: defineRoute({
    operationId: 'acceptNomination',
    method: 'POST',
    path: '/v1/nominations/:applicationId/acceptance',
    summary: 'Accept a nominee (with their own acceptance of the offer, the place is confirmed)',
    tag: TAG,
    access: HOSTS,
    params,
    response: nominationSchema,
    errors: [P.notFound, P.alreadyDecided, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'nominations.accept' },
  }),
  refuse: defineRoute({
    operationId: 'refuseNomination',
    method: 'POST',
    path: '/v1/nominations/:applicationId/refusal',
    summary: 'Refuse a nominee, with the reason: the place goes at once to the next on its waitlist',
    tag: TAG,
    access: HOSTS,
    params,
    body: refuseNominationBodySchema,
    response: nominationSchema,
    errors: [P.notFound, P.alreadyDecided, ...SERVICE_PROBLEMS],
    forward: { service: 'applications', operation: 'nominations.refuse' },
  }),
};

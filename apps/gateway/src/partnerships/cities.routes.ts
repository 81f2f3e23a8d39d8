import { citiesOperations, citySchema, cityIdSchema, CITY_PROBLEMS as P } from '@scn/contracts';
import { z } from 'zod';
import { defineRoute } from '../http/route-declaration';
import { SERVICE_PROBLEMS } from '../http/service-problems';

const STAFF = ['network-staff'] as const;
const { 'cities.search': search, 'cities.create': create } = citiesOperations;

/** The gazetteer: anyone searches and reads cities; staff add the ones it lacks. */
export const CITY_ROUTES = {
  search: defineRoute({
    operationId: 'searchCities',
    method: 'GET',
    path: '/v1/cities',
    summary: 'Cities by name prefix (accents and case ignored), country and region; most populous first',
    tag: 'cities',
    access: { kind: 'public' },
    query: search.request,
    response: search.response,
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'cities.search' },
  }),
  get: defineRoute({
    operationId: 'getCity',
    method: 'GET',
    path: '/v1/cities/:cityId',
    summary: 'One city of the gazetteer',
    tag: 'cities',
    access: { kind: 'public' },
    params: z.object({ cityId: cityIdSchema }).strict(),
    response: citySchema,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'cities.get', request: ({ params }) => ({ id: (params as unknown as { cityId: string }).cityId }) },
  }),
  create: defineRoute({
    operationId: 'createCity',
    method: 'POST',
    path: '/v1/cities',
    summary: 'Add a city the gazetteer lacks (its time zone defaults to the one at its coordinates)',
    tag: 'cities',
    access: { kind: 'roles', roles: STAFF },
    body: create.request,
    response: create.response,
    status: 201,
    errors: [P.duplicate, P.staffOnly, ...SERVICE_PROBLEMS],
    forward: { service: 'partnerships', operation: 'cities.create' },
  }),
} as const;

import {
  createWebhookEndpointBodySchema,
  listEndpointDeliveriesQuerySchema,
  listWebhookEndpointsQuerySchema,
  pageOf,
  updateWebhookEndpointBodySchema,
  WEBHOOK_ENDPOINT_PROBLEMS as P,
  webhookEndpointParamsSchema,
  webhookEndpointSchema,
  webhookDeliverySchema,
  webhookEndpointWithSecretSchema,
  webhookPingSchema,
  type Role,
} from '@scn/contracts';
import { defineRoute, type RouteAccess } from '../../http/route-declaration';
import { SERVICE_PROBLEMS } from '../../http/service-problems';

const TAG = 'webhook-endpoints';
const MANAGERS: readonly Role[] = ['network-staff', 'partner-contact'];
const BASE = '/v1/webhook-endpoints';
const params = webhookEndpointParamsSchema;
/** Staff: every endpoint. Partner contacts: those of their cities (the service answers 404 for any other). */
const managers: RouteAccess = { kind: 'roles', roles: MANAGERS };

export const WEBHOOK_ENDPOINT_ROUTES = {
  create: defineRoute({
    operationId: 'createWebhookEndpoint',
    method: 'POST',
    path: BASE,
    summary:
      'Register a URL that receives signed webhooks (Standard Webhooks); the answer carries its secret, shown this once. Partner contacts register their cities’ endpoints, staff the network’s or a city’s',
    tag: TAG,
    // The service checks `cityId` against the caller's partner cities (and picks their only one when it is left out).
    access: { kind: 'roles', roles: MANAGERS },
    body: createWebhookEndpointBodySchema,
    response: webhookEndpointWithSecretSchema,
    status: 201,
    errors: [P.invalidUrl, P.addressRefused, P.hostUnresolvable, P.cityNotInScope, ...SERVICE_PROBLEMS],
    auditTarget: (_input, result) => (result as { id?: string } | undefined)?.id,
    forward: { service: 'notifications', operation: 'webhook-endpoints.create' },
    // The answer carries the secret: no cache may keep it.
    responseHeaders: { 'Cache-Control': 'no-store' },
  }),
  list: defineRoute({
    operationId: 'listWebhookEndpoints',
    method: 'GET',
    path: BASE,
    summary: 'Webhook endpoints the caller manages (staff all, partner contacts their cities’), newest first',
    tag: TAG,
    access: { kind: 'roles', roles: MANAGERS },
    query: listWebhookEndpointsQuerySchema,
    response: pageOf(webhookEndpointSchema),
    errors: [...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'webhook-endpoints.list' },
  }),
  get: defineRoute({
    operationId: 'getWebhookEndpoint',
    method: 'GET',
    path: `${BASE}/:endpointId`,
    summary: 'One webhook endpoint, with whether it is failing or disabled and why (never its secret)',
    tag: TAG,
    access: managers,
    params,
    response: webhookEndpointSchema,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'webhook-endpoints.get' },
  }),
  update: defineRoute({
    operationId: 'updateWebhookEndpoint',
    method: 'PATCH',
    path: `${BASE}/:endpointId`,
    summary: 'Change the URL, description or type filter, or disable it; `enabled: true` re-enables it and forgets its failures',
    tag: TAG,
    access: managers,
    params,
    body: updateWebhookEndpointBodySchema,
    response: webhookEndpointSchema,
    errors: [P.notFound, P.invalidUrl, P.addressRefused, P.hostUnresolvable, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'webhook-endpoints.update' },
  }),
  delete: defineRoute({
    operationId: 'deleteWebhookEndpoint',
    method: 'DELETE',
    path: `${BASE}/:endpointId`,
    summary: 'Delete a webhook endpoint, with its pending notifications and their delivery log',
    tag: TAG,
    access: managers,
    params,
    status: 204,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'webhook-endpoints.delete' },
  }),
  rotateSecret: defineRoute({
    operationId: 'rotateWebhookEndpointSecret',
    method: 'POST',
    path: `${BASE}/:endpointId/rotate-secret`,
    summary: 'Replace the signing secret at once (every later try, retries included, is signed with the new one); the answer carries it, shown this once',
    tag: TAG,
    access: managers,
    params,
    response: webhookEndpointWithSecretSchema,
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'webhook-endpoints.rotate-secret' },
    // The answer carries the secret: no cache may keep it.
    responseHeaders: { 'Cache-Control': 'no-store' },
  }),
  ping: defineRoute({
    operationId: 'pingWebhookEndpoint',
    method: 'POST',
    path: `${BASE}/:endpointId/ping`,
    summary: 'Send a signed `webhook.ping` to the endpoint; follow its delivery by the notification id in the answer',
    tag: TAG,
    access: managers,
    params,
    response: webhookPingSchema,
    status: 202,
    errors: [P.notFound, P.disabled, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'webhook-endpoints.ping' },
  }),
  deliveries: defineRoute({
    operationId: 'listWebhookEndpointDeliveries',
    method: 'GET',
    path: `${BASE}/:endpointId/deliveries`,
    summary:
      'The endpoint’s delivery log, newest first: each notification’s status, tries, and the last try’s error and the receiver’s HTTP status (filter `status`, e.g. failed)',
    tag: TAG,
    access: managers,
    params,
    query: listEndpointDeliveriesQuerySchema,
    response: pageOf(webhookDeliverySchema),
    errors: [P.notFound, ...SERVICE_PROBLEMS],
    forward: { service: 'notifications', operation: 'webhook-endpoints.deliveries' },
  }),
} as const;

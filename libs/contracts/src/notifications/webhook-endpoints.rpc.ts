import { z } from 'zod';
import { singleLineText } from '../http/text';
import { pageOf, pageQueryShape } from '../http/pagination';
import { cityIdSchema } from '../partnerships/common';
import { deliveryAttemptSchema, NOTIFICATION_STATUSES } from './deliveries.rpc';
import type { RpcOperation } from '../rpc/rpc-operation';

// Webhook endpoints (issue #6): where partner cities and the network receive signed
// webhooks (Standard Webhooks). One schema source for the gateway's routes and the
// notifications service's request/reply operations. Rules that depend on the deployment
// (https only and public addresses in production) and on the notification catalogue (the
// type names) are checked by the service.

const endpointId = z.uuid({ message: 'must be a UUID' });

/** Stable problem codes of webhook endpoints (the service raises them, the gateway documents them). */
export const WEBHOOK_ENDPOINT_PROBLEMS = {
  notFound: { code: 'WEBHOOK_ENDPOINT.NOT_FOUND', status: 404, description: 'No such webhook endpoint (or not one of your cities’).' },
  invalidUrl: {
    code: 'WEBHOOK_ENDPOINT.INVALID_URL',
    status: 400,
    description: 'The URL is not one webhooks are sent to: https:// only in production, no user name or password in it.',
  },
  addressRefused: {
    code: 'WEBHOOK_ENDPOINT.ADDRESS_REFUSED',
    status: 400,
    description:
      'In production the URL’s host must resolve to public addresses only (no private, loopback, link-local, unique-local, shared or multicast address).',
  },
  hostUnresolvable: {
    code: 'WEBHOOK_ENDPOINT.HOST_UNRESOLVABLE',
    status: 400,
    description: 'In production the URL’s host must resolve (DNS) when the endpoint is saved.',
  },
  cityNotInScope: {
    code: 'WEBHOOK_ENDPOINT.CITY_NOT_IN_SCOPE',
    status: 403,
    description: 'Partner contacts manage endpoints of their own cities only: `cityId` must be one of them.',
  },
  forbidden: {
    code: 'WEBHOOK_ENDPOINT.FORBIDDEN',
    status: 403,
    description: 'Only network staff and partner contacts manage webhook endpoints.',
  },
  disabled: {
    code: 'WEBHOOK_ENDPOINT.DISABLED',
    status: 409,
    description: 'The endpoint is disabled: enable it (PATCH `enabled: true`) before pinging it.',
  },
} as const;

// ---- inputs

const url = z
  .string()
  .trim()
  .max(2_000, 'must be at most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://example.org/webhooks' }));
const description = singleLineText({ max: 500 });
/** Notification type names (the service checks each against its catalogue); empty: every type the endpoint may receive. */
const types = z
  .array(z.string().regex(/^[a-z][a-z-]*(\.[a-z][a-z-]*)*$/, 'must be a notification type such as partnership.activated'))
  .max(100, 'must name at most 100 types');

export const createWebhookEndpointBodySchema = z
  .object({
    url,
    description: description.default(''),
    types: types.default([]),
    /**
     * The partner city whose endpoint it is. Partner contacts must name one of their cities;
     * staff may (an endpoint of that city) or not (an endpoint of the network).
     */
    cityId: cityIdSchema.optional(),
  })
  .strict();

/** What changes (named fields only). `enabled: true` re-enables a disabled endpoint and forgets its failures. */
export const updateWebhookEndpointBodySchema = z
  .object({ url, description, types, enabled: z.boolean() })
  .partial()
  .strict();

export const listWebhookEndpointsQuerySchema = z
  .object({
    cityId: cityIdSchema.optional(),
    /** `true`: enabled ones only, `false`: disabled ones only (parsed again by the service, so a boolean passes too). */
    enabled: z
      .preprocess((value) => (value === 'true' ? true : value === 'false' ? false : value), z.boolean({ message: 'must be true or false' }))
      .optional(),
    ...pageQueryShape,
  })
  .strict();

export const webhookEndpointParamsSchema = z.object({ endpointId }).strict();

/** An endpoint's deliveries, newest first; `status` narrows them (e.g. `failed`). */
export const listEndpointDeliveriesQuerySchema = z
  .object({ ...pageQueryShape, status: z.enum(NOTIFICATION_STATUSES).optional() })
  .strict();

// ---- views

export const webhookEndpointOwnerSchema = z.enum(['partner_city', 'network']);

/** An endpoint as its managers see it (never its secret: that is shown once, on create and rotate). */
export const webhookEndpointSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    description: z.string(),
    owner: webhookEndpointOwnerSchema,
    /** The partner city's id (null for the network's endpoints). */
    cityId: z.string().nullable(),
    /** Notification types it receives (empty: all it may receive). */
    types: z.array(z.string()),
    enabled: z.boolean(),
    disabledAt: z.iso.datetime().nullable(),
    disabledReason: z.string().nullable(),
    /** Since when every delivery has failed (null: the last one succeeded, or none failed). */
    failingSince: z.iso.datetime().nullable(),
    lastSuccessAt: z.iso.datetime().nullable(),
    /** The account that created it: told by email when the endpoint is disabled. */
    createdBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpointView = z.infer<typeof webhookEndpointSchema>;

/** An endpoint with its signing secret (`whsec_` + base64): answered only by create and rotate. */
export const webhookEndpointWithSecretSchema = webhookEndpointSchema
  .extend({ secret: z.string().startsWith('whsec_') })
  .meta({ id: 'WebhookEndpointWithSecret' });
export type WebhookEndpointWithSecretView = z.infer<typeof webhookEndpointWithSecretSchema>;

/** A ping waiting for delivery: follow it in the delivery log by its notification id. */
export const webhookPingSchema = z
  .object({ notificationId: z.uuid(), endpointId: z.uuid(), status: z.literal('queued') })
  .meta({ id: 'WebhookPing' });

/**
 * One notification sent (or to be sent) to an endpoint, as the endpoint's managers see it:
 * its state, how many tries, and the last try's outcome, error and the receiver's status.
 * The body it carries is the receiver's to read; the staff delivery log has the rest.
 */
export const webhookDeliverySchema = z
  .object({
    notificationId: z.uuid(),
    type: z.string(),
    status: z.enum(NOTIFICATION_STATUSES),
    /** Why it failed or was cancelled. */
    statusReason: z.string().nullable(),
    attempts: z.int(),
    /** Not tried again before this time (a retry's back-off), when queued. */
    notBefore: z.iso.datetime().nullable(),
    deliveredAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    /** The latest try (null: not tried yet). */
    lastTry: deliveryAttemptSchema.nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDeliveryView = z.infer<typeof webhookDeliverySchema>;

const byId = webhookEndpointParamsSchema;

/** Request/reply operations of the notifications service: webhook endpoints (issue #6). */
export const webhookEndpointsOperations = {
  'webhook-endpoints.create': { request: createWebhookEndpointBodySchema, response: webhookEndpointWithSecretSchema },
  'webhook-endpoints.list': { request: listWebhookEndpointsQuerySchema, response: pageOf(webhookEndpointSchema) },
  'webhook-endpoints.get': { request: byId, response: webhookEndpointSchema },
  'webhook-endpoints.update': {
    request: updateWebhookEndpointBodySchema.extend({ endpointId }).strict(),
    response: webhookEndpointSchema,
  },
  'webhook-endpoints.delete': { request: byId, response: z.object({ id: z.uuid(), deleted: z.literal(true) }) },
  'webhook-endpoints.rotate-secret': { request: byId, response: webhookEndpointWithSecretSchema },
  'webhook-endpoints.ping': { request: byId, response: webhookPingSchema },
  'webhook-endpoints.deliveries': {
    request: listEndpointDeliveriesQuerySchema.extend({ endpointId }).strict(),
    response: pageOf(webhookDeliverySchema),
  },
} satisfies Record<string, RpcOperation>;

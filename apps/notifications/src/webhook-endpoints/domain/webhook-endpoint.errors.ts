import { WEBHOOK_ENDPOINT_PROBLEMS as P } from '@scn/contracts';
import { problemError, ValidationError } from '@scn/platform/errors';
import type { DestinationVerdict } from '../../webhooks/domain/destination-verdict';

/** The refusals of webhook endpoint management, each with its stable code (listed in WEBHOOK_ENDPOINT_PROBLEMS). */
export const WebhookEndpointErrors = {
  notFound: (id: string) => problemError(P.notFound, `No webhook endpoint ${id}`),
  forbidden: () => problemError(P.forbidden),
  cityNotInScope: (cityId: string) =>
    problemError(P.cityNotInScope, `${cityId} is not one of your cities`, [{ field: 'cityId', rule: 'in_scope', message: 'is not one of your cities' }]),
  /** A partner contact of several cities must say whose endpoint it is. */
  cityRequired: () =>
    new ValidationError([{ field: 'cityId', rule: 'required', message: 'must name one of your cities (you are the contact of several)' }]),
  disabled: (id: string) => problemError(P.disabled, `Webhook endpoint ${id} is disabled: enable it first`),
  unknownTypes: (violations: Array<{ index: number; type: string }>) =>
    new ValidationError(
      violations.map(({ index, type }) => ({ field: `types.${index}`, rule: 'notification_type', message: `${type} is not a notification type`, params: { type } })),
    ),
  /** A URL the destination rules refuse (the verdict says which rule). */
  refusedUrl: (verdict: Exclude<DestinationVerdict, { ok: true }>) => {
    const problem = { 'invalid-url': P.invalidUrl, 'address-refused': P.addressRefused, unresolvable: P.hostUnresolvable }[verdict.kind];
    return problemError(problem, `The URL ${verdict.message}`, [{ field: 'url', rule: verdict.kind, message: verdict.message, params: verdict.params }]);
  },
};

import type { WebhookEndpoint } from '@scn-prisma/notifications';
import type { WebhookEndpointView, WebhookEndpointWithSecretView } from '@scn/contracts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** An endpoint as the API shows it: everything but its secret. */
export function toEndpointView(row: WebhookEndpoint): WebhookEndpointView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    owner: row.owner,
    cityId: row.cityId,
    types: row.types,
    enabled: row.enabled,
    disabledAt: iso(row.disabledAt),
    disabledReason: row.disabledReason,
    failingSince: iso(row.failingSince),
    lastSuccessAt: iso(row.lastSuccessAt),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The endpoint with its secret: the answer of create and rotate only. */
export function toEndpointWithSecret(row: WebhookEndpoint): WebhookEndpointWithSecretView {
  return { ...toEndpointView(row), secret: row.secret };
}

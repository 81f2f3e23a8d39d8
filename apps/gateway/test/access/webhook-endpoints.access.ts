import type { AccessRows } from './access-row';

const MANAGERS: AccessRows[string] = ['network-staff', 'partner-contact'];

/** Who may call the webhook-endpoint routes (operationId → access); partner contacts only reach their cities' endpoints. */
export const webhookEndpointsAccess: AccessRows = {
  createWebhookEndpoint: MANAGERS,
  listWebhookEndpoints: MANAGERS,
  getWebhookEndpoint: MANAGERS,
  updateWebhookEndpoint: MANAGERS,
  deleteWebhookEndpoint: MANAGERS,
  rotateWebhookEndpointSecret: MANAGERS,
  pingWebhookEndpoint: MANAGERS,
  listWebhookEndpointDeliveries: MANAGERS,
};

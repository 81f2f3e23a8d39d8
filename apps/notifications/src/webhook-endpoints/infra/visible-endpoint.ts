import type { Prisma, WebhookEndpoint } from '@scn-prisma/notifications';
import { manages, type EndpointManager } from '../domain/endpoint-access';
import { WebhookEndpointErrors as Errors } from '../domain/webhook-endpoint.errors';

/** The endpoint locked for a change, if the manager may see it (else: not found, as if it did not exist). */
export async function lockVisibleEndpoint(tx: Prisma.TransactionClient, endpointId: string, manager: EndpointManager): Promise<WebhookEndpoint> {
  await tx.$queryRawUnsafe(`SELECT 1 FROM webhook_endpoints WHERE id = $1::uuid FOR UPDATE`, endpointId);
  const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: endpointId } });
  if (!endpoint || !manages(manager, endpoint)) throw Errors.notFound(endpointId);
  return endpoint;
}

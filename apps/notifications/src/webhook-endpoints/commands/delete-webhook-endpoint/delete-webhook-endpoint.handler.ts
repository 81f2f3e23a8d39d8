import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { managerOrRefuse } from '../../domain/endpoint-access';
import { lockVisibleEndpoint } from '../../infra/visible-endpoint';

export type DeleteWebhookEndpointCommand = RpcParsedRequest<'webhook-endpoints.delete'>;

/** Deletes the endpoint with its notifications and their delivery log. */
@Injectable()
export class DeleteWebhookEndpointHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(request: DeleteWebhookEndpointCommand, caller: CallerIdentity | undefined): Promise<{ id: string; deleted: true }> {
    const manager = managerOrRefuse(caller);
    await this.db.$transaction(async (tx) => {
      await lockVisibleEndpoint(tx, request.endpointId, manager);
      await tx.webhookEndpoint.delete({ where: { id: request.endpointId } });
    });
    return { id: request.endpointId, deleted: true };
  }
}

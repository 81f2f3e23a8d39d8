import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/notifications';
import type { CallerIdentity, RpcParsedRequest, WebhookEndpointWithSecretView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { managerOrRefuse } from '../../domain/endpoint-access';
import { newEndpointSecret } from '../../domain/endpoint-secret';
import { lockVisibleEndpoint } from '../../infra/visible-endpoint';
import { toEndpointWithSecret } from '../../infra/webhook-endpoint.view';

export type RotateEndpointSecretCommand = RpcParsedRequest<'webhook-endpoints.rotate-secret'>;

/** A new secret, at once: every try from now on (retries included) is signed with it. */
@Injectable()
export class RotateEndpointSecretHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(request: RotateEndpointSecretCommand, caller: CallerIdentity | undefined): Promise<WebhookEndpointWithSecretView> {
    const manager = managerOrRefuse(caller);
    return this.db.$transaction(async (tx) => {
      await lockVisibleEndpoint(tx, request.endpointId, manager);
      return toEndpointWithSecret(await tx.webhookEndpoint.update({ where: { id: request.endpointId }, data: { secret: newEndpointSecret() } }));
    });
  }
}

import { Controller, Header } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from '../../http/endpoint.decorator';
import type { RouteInput } from '../../http/route-declaration';
import { Caller, Input } from '../../http/route-params.decorator';
import { WEBHOOK_ENDPOINT_ROUTES as R } from './webhook-endpoints.routes';

/** Gateway routes of webhook endpoints (notifications service, issue #6): each calls it over request/reply as the caller. */
@Controller()
export class WebhookEndpointsController {
  constructor(private readonly rpc: RpcClient) {}

  @Endpoint(R.create)
  @Header('Cache-Control', 'no-store') // the answer carries the secret
  create(@Input() { body }: RouteInput<typeof R.create>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'webhook-endpoints.create', body, { caller });
  }

  @Endpoint(R.list)
  list(@Input() { query }: RouteInput<typeof R.list>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'webhook-endpoints.list', query, { caller });
  }

  @Endpoint(R.get)
  get(@Input() { params }: RouteInput<typeof R.get>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'webhook-endpoints.get', params, { caller });
  }

  @Endpoint(R.update)
  update(@Input() { params, body }: RouteInput<typeof R.update>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'webhook-endpoints.update', { ...params, ...body }, { caller });
  }

  @Endpoint(R.delete)
  remove(@Input() { params }: RouteInput<typeof R.delete>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'webhook-endpoints.delete', params, { caller });
  }

  @Endpoint(R.rotateSecret)
  @Header('Cache-Control', 'no-store') // the answer carries the new secret
  rotateSecret(@Input() { params }: RouteInput<typeof R.rotateSecret>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'webhook-endpoints.rotate-secret', params, { caller });
  }

  @Endpoint(R.ping)
  ping(@Input() { params }: RouteInput<typeof R.ping>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'webhook-endpoints.ping', params, { caller });
  }
}

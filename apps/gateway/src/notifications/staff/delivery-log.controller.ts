import { Controller } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from '../../http/endpoint.decorator';
import type { RouteInput } from '../../http/route-declaration';
import { Caller, Input } from '../../http/route-params.decorator';
import { DELIVERY_LOG_ROUTES as R } from './delivery-log.routes';

/** Staff's delivery log, replay and announcements (issue #6). */
@Controller()
export class DeliveryLogController {
  constructor(private readonly rpc: RpcClient) {}

  @Endpoint(R.list)
  list(@Input() { query }: RouteInput<typeof R.list>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'notifications.list', query, { caller });
  }

  @Endpoint(R.get)
  get(@Input() { params }: RouteInput<typeof R.get>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'notifications.get', params, { caller });
  }

  @Endpoint(R.replay)
  replay(@Input() { params }: RouteInput<typeof R.replay>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'notifications.replay', params, { caller });
  }

  @Endpoint(R.announce)
  announce(@Input() { body }: RouteInput<typeof R.announce>, @Caller() caller: CallerIdentity) {
    // Fanning out to the whole network takes longer than an ordinary request.
    return this.rpc.call('notifications', 'announcements.send', body, { caller, timeoutMs: 120_000 });
  }
}

import { Controller, Header, Inject, StreamableFile } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { ManagedNatsConnection, RpcClient } from '@scn/messaging';
import { CONFIG } from '@scn/platform';
import type { GatewayConfig } from '../../config';
import { Endpoint } from '../../http/endpoint.decorator';
import type { RouteInput } from '../../http/route-declaration';
import { Caller, Input } from '../../http/route-params.decorator';
import { inboxLiveStream } from './inbox-live-stream';
import { INBOX_ROUTES as R } from './inbox.routes';

/** The caller's in-app inbox (issue #6): kept by the notifications service, streamed live from NATS. */
@Controller()
export class InboxController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly nats: ManagedNatsConnection,
    @Inject(CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Endpoint(R.list)
  list(@Input() { query }: RouteInput<typeof R.list>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'inbox.list', query, { caller });
  }

  @Endpoint(R.markRead)
  markRead(@Input() { params }: RouteInput<typeof R.markRead>, @Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'inbox.mark-read', params, { caller });
  }

  @Endpoint(R.markAllRead)
  markAllRead(@Caller() caller: CallerIdentity) {
    return this.rpc.call('notifications', 'inbox.mark-all-read', {}, { caller });
  }

  @Endpoint(R.stream)
  @Header('Cache-Control', 'no-cache, no-transform')
  @Header('X-Accel-Buffering', 'no')
  stream(@Caller() caller: CallerIdentity): StreamableFile {
    const stream = inboxLiveStream(this.nats.nc, this.config.SCN_NAMESPACE, caller.accountId);
    return new StreamableFile(stream, { type: 'text/event-stream; charset=utf-8' });
  }
}

import { Controller, Header, Inject, StreamableFile } from '@nestjs/common';
import type { CallerIdentity } from '@scn/contracts';
import { ManagedNatsConnection } from '@scn/messaging';
import { CONFIG } from '@scn/platform';
import type { GatewayConfig } from '../../config';
import { Endpoint } from '../../http/endpoint.decorator';
import { Caller } from '../../http/route-params.decorator';
import { inboxLiveStream } from './inbox-live-stream';
import { INBOX_ROUTES as R } from './inbox.routes';

/** The caller's inbox streamed live from NATS (the inbox's other routes only forward: see inbox.routes.ts). */
@Controller()
export class InboxController {
  constructor(
    private readonly nats: ManagedNatsConnection,
    @Inject(CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Endpoint(R.stream)
  @Header('Cache-Control', 'no-cache, no-transform')
  @Header('X-Accel-Buffering', 'no')
  stream(@Caller() caller: CallerIdentity): StreamableFile {
    const stream = inboxLiveStream(this.nats.nc, this.config.SCN_NAMESPACE, caller.accountId);
    return new StreamableFile(stream, { type: 'text/event-stream; charset=utf-8' });
  }
}

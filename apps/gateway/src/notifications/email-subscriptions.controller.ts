import { Controller } from '@nestjs/common';
import { RpcClient } from '@scn/messaging';
import { Endpoint } from '../http/endpoint.decorator';
import type { RouteInput } from '../http/route-declaration';
import { Input } from '../http/route-params.decorator';
import { EMAIL_SUBSCRIPTION_ROUTES as E } from './email-subscriptions.routes';

/**
 * The one-click unsubscribe POST (RFC 8058). Its body is a form, checked by the route
 * and not forwarded: the token in the path is all the notifications service needs.
 */
@Controller()
export class EmailSubscriptionsController {
  constructor(private readonly rpc: RpcClient) {}

  @Endpoint(E.oneClick)
  oneClick(@Input() { params }: RouteInput<typeof E.oneClick>) {
    return this.rpc.call('notifications', 'email-subscriptions.unsubscribe-all', { token: params.token });
  }
}

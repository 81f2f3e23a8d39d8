import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { RpcParsedRequest as Req } from '@scn/contracts';
import { OnRpc } from '@scn/messaging';
import { ChangeEmailSubscriptionsHandler, EVERY_CATEGORY_OFF } from '../commands/change-email-subscriptions/change-email-subscriptions.handler';
import { GetEmailSubscriptionsHandler } from '../queries/get-email-subscriptions/get-email-subscriptions.handler';

/** Unsubscribing by an emailed link over request/reply: anonymous callers, the token is the permission. */
@Controller()
export class EmailSubscriptionsRpcController {
  constructor(
    private readonly getHandler: GetEmailSubscriptionsHandler,
    private readonly changeHandler: ChangeEmailSubscriptionsHandler,
  ) {}

  @OnRpc('email-subscriptions.get')
  get(@Payload() request: Req<'email-subscriptions.get'>) {
    return this.getHandler.execute(request);
  }

  @OnRpc('email-subscriptions.update')
  update(@Payload() request: Req<'email-subscriptions.update'>) {
    return this.changeHandler.execute({ token: request.token, source: 'page', categories: request.categories });
  }

  @OnRpc('email-subscriptions.unsubscribe-all')
  unsubscribeAll(@Payload() request: Req<'email-subscriptions.unsubscribe-all'>) {
    return this.changeHandler.execute({ token: request.token, source: 'one-click', categories: EVERY_CATEGORY_OFF });
  }
}

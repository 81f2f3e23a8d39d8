import { Module } from '@nestjs/common';
import { ChangeEmailSubscriptionsHandler } from './commands/change-email-subscriptions/change-email-subscriptions.handler';
import { UnsubscribeLinks } from './infra/unsubscribe-links';
import { GetEmailSubscriptionsHandler } from './queries/get-email-subscriptions/get-email-subscriptions.handler';
import { EmailSubscriptionsRpcController } from './transport/email-subscriptions.rpc-controller';

/**
 * Unsubscribing without an account (issue #15): the signed links every non-critical email
 * to a listed contact carries (the email channel adds them, see UnsubscribeLinks), the
 * one-click POST and the page's categories. The planner honours the choice as it honours
 * anyone's preferences.
 */
@Module({
  controllers: [EmailSubscriptionsRpcController],
  providers: [UnsubscribeLinks, GetEmailSubscriptionsHandler, ChangeEmailSubscriptionsHandler],
  exports: [UnsubscribeLinks],
})
export class EmailSubscriptionsModule {}

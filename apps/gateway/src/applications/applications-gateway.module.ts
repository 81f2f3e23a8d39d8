import { Module } from '@nestjs/common';
import { forwardingController } from '../http/forwarding-controller';
import { APPLICANT_ROUTES, APPLICATION_ROUTES } from './applications.routes';

/** The gateway's routes into the applications service (each forwards over request/reply). */
@Module({
  controllers: [forwardingController('ApplicantsForwarding', APPLICANT_ROUTES), forwardingController('ApplicationsForwarding', APPLICATION_ROUTES)],
})
export class ApplicationsGatewayModule {}

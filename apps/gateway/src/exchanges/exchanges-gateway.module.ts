import { Module } from '@nestjs/common';
import { forwardingController } from '../http/forwarding-controller';
import { EXCHANGE_PROGRAM_ROUTES } from './exchange-programs.routes';

/** The gateway's routes into the exchanges service (each forwards over request/reply). */
@Module({ controllers: [forwardingController('ExchangeProgramsForwarding', EXCHANGE_PROGRAM_ROUTES)] })
export class ExchangesGatewayModule {}

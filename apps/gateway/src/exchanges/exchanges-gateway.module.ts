import { Module } from '@nestjs/common';
import { ExchangeProgramsController } from './exchange-programs.controller';

/** The gateway's routes into the exchanges service (each calls it over request/reply). */
@Module({ controllers: [ExchangeProgramsController] })
export class ExchangesGatewayModule {}

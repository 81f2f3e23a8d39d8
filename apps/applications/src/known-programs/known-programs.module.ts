import { Module } from '@nestjs/common';
import { ApplyProgramEventHandler } from './commands/apply-program-event/apply-program-event.handler';

/**
 * The applications service's read model of exchange programs, fed by the exchanges
 * service's events (issue #13). Their controller is the applications feature's (a
 * cancellation withdraws applications too), so this module exports the handler.
 */
@Module({ providers: [ApplyProgramEventHandler], exports: [ApplyProgramEventHandler] })
export class KnownProgramsModule {}

import { Module } from '@nestjs/common';
import { PARTNERSHIP_STATUS_REACTION } from '../known-partnerships/commands/apply-partnership-event/apply-partnership-event.handler';
import { KnownPartnershipsModule } from '../known-partnerships/known-partnerships.module';
import { ChangeProgramStatusHandler } from './commands/change-program-status/change-program-status.handler';
import { CreateExchangeProgramHandler } from './commands/create-exchange-program/create-exchange-program.handler';
import { ExchangeProgramCommandRunner } from './commands/exchange-program-command.runner';
import { PublishExchangeProgramHandler } from './commands/publish-exchange-program/publish-exchange-program.handler';
import { UpdateExchangeProgramHandler } from './commands/update-exchange-program/update-exchange-program.handler';
import { EXCHANGES_CLOCK, systemClock } from './infra/clock';
import { ExchangeProgramRepository } from './infra/exchange-program.repository';
import { GetExchangeProgramQuery } from './queries/get-exchange-program/get-exchange-program.query';
import { ListExchangeProgramsQuery } from './queries/list-exchange-programs/list-exchange-programs.query';
import { SearchCatalogueQuery } from './queries/search-catalogue/search-catalogue.query';
import { PartnershipStatusReactions } from './reactions/partnership-status.reaction';
import { WindowScheduler } from './scheduling/window.scheduler';
import { ExchangeProgramsRpcController } from './transport/exchange-programs.rpc-controller';

const COMMANDS = [CreateExchangeProgramHandler, UpdateExchangeProgramHandler, PublishExchangeProgramHandler, ChangeProgramStatusHandler];
const QUERIES = [GetExchangeProgramQuery, ListExchangeProgramsQuery, SearchCatalogueQuery];

/**
 * Exchange programs under partnerships (issue #5). The window scheduler and the reactions
 * to partnership events run their commands through ExchangeProgramCommandRunner.changeAsServiceIn.
 */
@Module({
  imports: [KnownPartnershipsModule],
  controllers: [ExchangeProgramsRpcController],
  providers: [
    { provide: EXCHANGES_CLOCK, useValue: systemClock },
    ExchangeProgramRepository,
    ExchangeProgramCommandRunner,
    ...COMMANDS,
    ...QUERIES,
    WindowScheduler,
    PartnershipStatusReactions,
    // Found by the known partnerships' event handler, which must not depend on this module.
    { provide: PARTNERSHIP_STATUS_REACTION, useExisting: PartnershipStatusReactions },
  ],
  exports: [ExchangeProgramCommandRunner, ExchangeProgramRepository, EXCHANGES_CLOCK],
})
export class ExchangeProgramsModule {}

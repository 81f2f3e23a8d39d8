import { CountByCategoryHandler } from './queries/count-by-category/count-by-category.handler';
import { CountByStatusHandler } from './queries/count-by-status/count-by-status.handler';
import { Module } from '@nestjs/common';
import { KnownPartnershipsModule } from '../known-partnerships/known-partnerships.module';
import { AllocateMatchedProgramsHandler } from './commands/allocate-matched-programs/allocate-matched-programs.handler';
import { ChangeProgramStatusHandler } from './commands/change-program-status/change-program-status.handler';
import { CreateExchangeProgramHandler } from './commands/create-exchange-program/create-exchange-program.handler';
import { ExchangeProgramCommandRunner } from './commands/exchange-program-command.runner';
import { PublishExchangeProgramHandler } from './commands/publish-exchange-program/publish-exchange-program.handler';
import { ReactToPartnershipStatusHandler } from './commands/react-to-partnership-status/react-to-partnership-status.handler';
import { StepDueWindowsHandler } from './commands/step-due-windows/step-due-windows.handler';
import { UpdateExchangeProgramHandler } from './commands/update-exchange-program/update-exchange-program.handler';
import { ExchangeProgramRepository } from './infra/exchange-program.repository';
import { GetExchangeProgramHandler } from './queries/get-exchange-program/get-exchange-program.handler';
import { GetPublicExchangeProgramHandler } from './queries/get-public-exchange-program/get-public-exchange-program.handler';
import { ListExchangeProgramsHandler } from './queries/list-exchange-programs/list-exchange-programs.handler';
import { SearchCatalogueHandler } from './queries/search-catalogue/search-catalogue.handler';
import { ExchangeProgramsRpcController } from './transport/exchange-programs.rpc-controller';
import { MatchingEventsController } from './transport/matching-events.controller';
import { PartnershipEventsController } from './transport/partnership-events.controller';
import { WindowScheduler } from './transport/window.scheduler';

const COMMANDS = [
  CreateExchangeProgramHandler,
  UpdateExchangeProgramHandler,
  PublishExchangeProgramHandler,
  ChangeProgramStatusHandler,
  ReactToPartnershipStatusHandler,
  AllocateMatchedProgramsHandler,
  StepDueWindowsHandler,
];
const QUERIES = [CountByCategoryHandler, CountByStatusHandler, GetExchangeProgramHandler, GetPublicExchangeProgramHandler, ListExchangeProgramsHandler, SearchCatalogueHandler];

/**
 * Exchange programs under partnerships (issue #5). Managers' commands come over RPC; the
 * service's own run through ExchangeProgramCommandRunner.changeAsServiceIn: the window
 * scheduler's, the reactions to partnership events (whose controller also keeps the
 * known partnerships current, through the handler KnownPartnershipsModule exports), and
 * the allocation of the programs a committed matching run names (issue #13).
 */
@Module({
  imports: [KnownPartnershipsModule],
  controllers: [ExchangeProgramsRpcController, PartnershipEventsController, MatchingEventsController],
  providers: [ExchangeProgramRepository, ExchangeProgramCommandRunner, ...COMMANDS, ...QUERIES, WindowScheduler],
  exports: [ExchangeProgramCommandRunner, ExchangeProgramRepository],
})
export class ExchangeProgramsModule {}

import { CountFunnelHandler } from './queries/count-funnel/count-funnel.handler';
import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { GuardianConsentModule } from '../guardian-consent/guardian-consent.module';
import { KnownProgramsModule } from '../known-programs/known-programs.module';
import { RequirementsModule } from '../requirements/requirements.module';
import { ApplicationCommandRunner } from './commands/application-command.runner';
import { PlacePromoter } from './commands/place-promoter';
import { CreateApplicationHandler } from './commands/create-application/create-application.handler';
import { DropCancelledProgramHandler } from './commands/drop-cancelled-program/drop-cancelled-program.handler';
import { SubmitApplicationHandler } from './commands/submit-application/submit-application.handler';
import { UpdateApplicationHandler } from './commands/update-application/update-application.handler';
import { WithdrawApplicationHandler } from './commands/withdraw-application/withdraw-application.handler';
import { ApplicationRepository } from './infra/application.repository';
import { GetMyApplicationHandler } from './queries/get-my-application/get-my-application.handler';
import { ListMyApplicationsHandler } from './queries/list-my-applications/list-my-applications.handler';
import { ApplicationsRpcController } from './transport/applications.rpc-controller';
import { ExchangeProgramEventsController } from './transport/exchange-program-events.controller';

const COMMANDS = [CreateApplicationHandler, UpdateApplicationHandler, SubmitApplicationHandler, WithdrawApplicationHandler, DropCancelledProgramHandler];
const QUERIES = [CountFunnelHandler, GetMyApplicationHandler, ListMyApplicationsHandler];

/**
 * Applications to exchange programs (issue #13): the applicant's commands over RPC; the
 * exchanges service's program events (the known programs kept current through the handler
 * KnownProgramsModule exports; a cancellation withdraws the choices of it).
 */
@Module({
  imports: [ApplicantsModule, KnownProgramsModule, RequirementsModule, GuardianConsentModule],
  controllers: [ApplicationsRpcController, ExchangeProgramEventsController],
  providers: [ApplicationRepository, ApplicationCommandRunner, PlacePromoter, ...COMMANDS, ...QUERIES],
  exports: [ApplicationCommandRunner, ApplicationRepository, PlacePromoter],
})
export class ApplicationsFeatureModule {}

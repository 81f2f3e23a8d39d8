import { Module } from '@nestjs/common';
import { CitiesController } from './cities.controller';
import { DirectoryController } from './directory.controller';
import { ImportsController } from './imports.controller';
import { MemberProgramsController } from './member-programs.controller';
import { PartnershipsController } from './partnerships.controller';

/** The gateway's routes into the partnerships service (each calls it over request/reply). */
@Module({
  controllers: [CitiesController, MemberProgramsController, PartnershipsController, DirectoryController, ImportsController],
})
export class PartnershipsGatewayModule {}

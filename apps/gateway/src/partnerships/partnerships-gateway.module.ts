import { Module } from '@nestjs/common';
import { forwardingController } from '../http/forwarding-controller';
import { CITY_ROUTES } from './cities.routes';
import { DirectoryController } from './directory.controller';
import { DIRECTORY_ROUTES } from './directory.routes';
import { ImportsController } from './imports.controller';
import { IMPORT_ROUTES } from './imports.routes';
import { MEMBER_PROGRAM_ROUTES } from './member-programs.routes';
import { PARTNERSHIP_ROUTES } from './partnerships.routes';

/**
 * The gateway's routes into the partnerships service. Most forward over request/reply;
 * the directory's CSV export and the import upload are HTTP features of their own.
 */
@Module({
  controllers: [
    forwardingController('CitiesForwarding', CITY_ROUTES),
    forwardingController('MemberProgramsForwarding', MEMBER_PROGRAM_ROUTES),
    forwardingController('PartnershipsForwarding', PARTNERSHIP_ROUTES),
    forwardingController('DirectoryForwarding', DIRECTORY_ROUTES),
    forwardingController('ImportsForwarding', IMPORT_ROUTES),
    DirectoryController,
    ImportsController,
  ],
})
export class PartnershipsGatewayModule {}

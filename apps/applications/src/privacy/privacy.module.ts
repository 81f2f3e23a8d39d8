import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { ApplicationsFeatureModule } from '../applications/applications.module';
import { EraseMyDataHandler } from './commands/erase-my-data/erase-my-data.handler';
import { ExportMyDataHandler } from './queries/export-my-data/export-my-data.handler';
import { PrivacyRpcController } from './transport/privacy.rpc-controller';

/**
 * The applicant's own data (issue #13): all of it as one JSON document, and its erasure —
 * personal data removed, applications kept as anonymous counts, `applicant.erased.v1`.
 */
@Module({
  imports: [ApplicantsModule, ApplicationsFeatureModule],
  controllers: [PrivacyRpcController],
  providers: [ExportMyDataHandler, EraseMyDataHandler],
})
export class PrivacyModule {}

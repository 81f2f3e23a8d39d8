import { Module } from '@nestjs/common';
import { PutMyProfileHandler } from './commands/put-my-profile/put-my-profile.handler';
import { ApplicantRepository } from './infra/applicant.repository';
import { GetMyProfileHandler } from './queries/get-my-profile/get-my-profile.handler';
import { ApplicantsRpcController } from './transport/applicants.rpc-controller';

/** Applicant profiles (issue #13): who applies. The applications feature reads them through the repository. */
@Module({
  controllers: [ApplicantsRpcController],
  providers: [ApplicantRepository, PutMyProfileHandler, GetMyProfileHandler],
  exports: [ApplicantRepository],
})
export class ApplicantsModule {}

import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { PutAnswersHandler } from './commands/put-answers/put-answers.handler';
import { PutProgramRequirementsHandler } from './commands/put-program-requirements/put-program-requirements.handler';
import { ApplicationProgressReader } from './infra/application-progress';
import { RequirementsRepository } from './infra/requirements.repository';
import { GetAnswersHandler } from './queries/get-answers/get-answers.handler';
import { GetChecklistHandler } from './queries/get-checklist/get-checklist.handler';
import { GetProgramRequirementsHandler } from './queries/get-program-requirements/get-program-requirements.handler';
import { MissingForSubmissionHandler } from './queries/missing-for-submission/missing-for-submission.handler';
import { RequirementsRpcController } from './transport/requirements.rpc-controller';

/**
 * What applying to a program requires (issue #13): each program's documents,
 * questionnaire and number of referees; the applicant's answers; the checklist. Exports
 * the query the submission asks what is missing, and the repository the documents and
 * recommendations features read requirements through.
 */
@Module({
  imports: [ApplicantsModule],
  controllers: [RequirementsRpcController],
  providers: [
    RequirementsRepository,
    ApplicationProgressReader,
    GetProgramRequirementsHandler,
    PutProgramRequirementsHandler,
    GetAnswersHandler,
    PutAnswersHandler,
    GetChecklistHandler,
    MissingForSubmissionHandler,
  ],
  exports: [MissingForSubmissionHandler, RequirementsRepository],
})
export class RequirementsModule {}

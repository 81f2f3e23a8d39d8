import { Module } from '@nestjs/common';
import { ApplicantsModule } from '../applicants/applicants.module';
import { DocumentsModule } from '../documents/documents.module';
import { RequirementsModule } from '../requirements/requirements.module';
import { SignedLinksModule } from '../signed-links/signed-links.module';
import { PutRefereesHandler } from './commands/put-referees/put-referees.handler';
import { UploadLetterHandler } from './commands/upload-letter/upload-letter.handler';
import { GetRecommendationRequestHandler } from './queries/get-recommendation-request/get-recommendation-request.handler';
import { GetRefereesHandler } from './queries/get-referees/get-referees.handler';
import { RecommendationsRpcController } from './transport/recommendations.rpc-controller';

/** Recommendations (issue #13): referees named per choice, emailed signed links, letters uploaded without an account. */
@Module({
  imports: [ApplicantsModule, RequirementsModule, DocumentsModule, SignedLinksModule],
  controllers: [RecommendationsRpcController],
  providers: [PutRefereesHandler, GetRefereesHandler, GetRecommendationRequestHandler, UploadLetterHandler],
})
export class RecommendationsModule {}

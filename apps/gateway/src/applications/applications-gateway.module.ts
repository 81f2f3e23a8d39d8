import { Module } from '@nestjs/common';
import { forwardingController } from '../http/forwarding-controller';
import { APPLICANT_ROUTES, APPLICATION_ROUTES } from './applications.routes';
import { DocumentsController } from './documents.controller';
import { DOCUMENT_ROUTES } from './documents.routes';
import { FilesInTransit } from './files-in-transit';
import { GuardianConsentController } from './guardian-consent.controller';
import { GUARDIAN_CONSENT_ROUTES } from './guardian-consent.routes';
import { MATCHING_ROUTES } from './matching.routes';
import { NOMINATION_ROUTES } from './nominations.routes';
import { PRIVACY_ROUTES } from './privacy.routes';
import { RECOMMENDATION_ROUTES } from './recommendations.routes';
import { REQUIREMENT_ROUTES } from './requirements.routes';
import { ReviewFilesController } from './review-files.controller';
import { REVIEW_MATERIAL_ROUTES } from './review-material.routes';
import { REVIEW_ROUTES } from './review.routes';

/**
 * The gateway's routes into the applications service (each forwards over request/reply),
 * and the controllers where HTTP is the feature: document and letter files (applicants'
 * uploads and downloads, reviewers' and managers' downloads), and the guardian's consent
 * (the client address).
 */
@Module({
  controllers: [
    forwardingController('ApplicantsForwarding', APPLICANT_ROUTES),
    forwardingController('ApplicationsForwarding', APPLICATION_ROUTES),
    forwardingController('RequirementsForwarding', REQUIREMENT_ROUTES),
    forwardingController('DocumentsForwarding', DOCUMENT_ROUTES),
    forwardingController('RecommendationsForwarding', RECOMMENDATION_ROUTES),
    forwardingController('GuardianConsentForwarding', GUARDIAN_CONSENT_ROUTES),
    forwardingController('ReviewForwarding', REVIEW_ROUTES),
    forwardingController('ReviewMaterialForwarding', REVIEW_MATERIAL_ROUTES),
    forwardingController('MatchingForwarding', MATCHING_ROUTES),
    forwardingController('NominationsForwarding', NOMINATION_ROUTES),
    forwardingController('ApplicantDataForwarding', PRIVACY_ROUTES),
    DocumentsController,
    ReviewFilesController,
    GuardianConsentController,
  ],
  providers: [FilesInTransit],
})
export class ApplicationsGatewayModule {}

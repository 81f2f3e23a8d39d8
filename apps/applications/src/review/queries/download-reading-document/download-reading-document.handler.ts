import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, FileDownload, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ApplicationFiles } from '../../../documents/infra/application-files.store';
import { RequirementsRepository } from '../../../requirements/infra/requirements.repository';
import { ReviewErrors } from '../../domain/review.errors';
import { offerCandidacyDocument } from '../../infra/candidacy-files';
import { isBlindReading, myReading } from '../../infra/my-reading';

export type DownloadReadingDocumentQuery = RpcParsedRequest<'review.download-my-document'>;

/**
 * A document of the caller's reading, one the program requires, for the gateway to answer
 * with: only their own reading, not after they declared a conflict of interest; in a blind
 * reading without the applicant's file name.
 */
@Injectable()
export class DownloadReadingDocumentHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly requirements: RequirementsRepository,
    private readonly files: ApplicationFiles,
  ) {}

  async execute(query: DownloadReadingDocumentQuery, caller: CallerIdentity | undefined): Promise<FileDownload> {
    const { program, reading } = await myReading(this.db, caller, query.applicationId, query.exchangeProgramId);
    if (reading.conflictDeclaredAt) throw ReviewErrors.conflictDeclared();
    const blind = await isBlindReading(this.db, reading);
    const requirements = await this.requirements.forProgram(this.db, program);
    return offerCandidacyDocument(this.db, this.files, requirements, query, !blind);
  }
}

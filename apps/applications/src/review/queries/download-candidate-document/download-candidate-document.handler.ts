import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, FileDownload, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ApplicationFiles } from '../../../documents/infra/application-files.store';
import { RequirementsRepository } from '../../../requirements/infra/requirements.repository';
import { candidacyRepository } from '../../infra/candidacy.repository';
import { offerCandidacyDocument } from '../../infra/candidacy-files';
import { managedProgram } from '../../infra/managed-program';

export type DownloadCandidateDocumentQuery = RpcParsedRequest<'review.download-candidate-document'>;

/**
 * A document a candidate uploaded for the program, for its managers (staff, the admins of
 * its member program): they see applicants' names anyway, so the file keeps its name.
 */
@Injectable()
export class DownloadCandidateDocumentHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly requirements: RequirementsRepository,
    private readonly files: ApplicationFiles,
  ) {}

  async execute(query: DownloadCandidateDocumentQuery, caller: CallerIdentity | undefined): Promise<FileDownload> {
    const program = await managedProgram(this.db, caller, query.exchangeProgramId);
    await candidacyRepository.candidate(this.db, program.id, query.applicationId);
    const requirements = await this.requirements.forProgram(this.db, program);
    return offerCandidacyDocument(this.db, this.files, requirements, query, true);
  }
}

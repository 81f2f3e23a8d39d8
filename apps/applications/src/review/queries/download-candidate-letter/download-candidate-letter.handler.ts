import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, FileDownload, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ApplicationFiles } from '../../../documents/infra/application-files.store';
import { candidacyRepository } from '../../infra/candidacy.repository';
import { offerCandidacyLetter } from '../../infra/candidacy-files';
import { managedProgram } from '../../infra/managed-program';

export type DownloadCandidateLetterQuery = RpcParsedRequest<'review.download-candidate-letter'>;

/** A referee's letter received for a candidate's choice of the program, for its managers. */
@Injectable()
export class DownloadCandidateLetterHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly files: ApplicationFiles,
  ) {}

  async execute(query: DownloadCandidateLetterQuery, caller: CallerIdentity | undefined): Promise<FileDownload> {
    const program = await managedProgram(this.db, caller, query.exchangeProgramId);
    await candidacyRepository.candidate(this.db, program.id, query.applicationId);
    return offerCandidacyLetter(this.db, this.files, query);
  }
}

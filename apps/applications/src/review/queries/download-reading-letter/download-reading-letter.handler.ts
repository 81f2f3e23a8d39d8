import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, FileDownload, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { ApplicationFiles } from '../../../documents/infra/application-files.store';
import { ReviewErrors } from '../../domain/review.errors';
import { offerCandidacyLetter } from '../../infra/candidacy-files';
import { myReading } from '../../infra/my-reading';

export type DownloadReadingLetterQuery = RpcParsedRequest<'review.download-my-letter'>;

/** A referee's letter for the choice of the caller's reading: only their own reading, not after they declared a conflict of interest. */
@Injectable()
export class DownloadReadingLetterHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly files: ApplicationFiles,
  ) {}

  async execute(query: DownloadReadingLetterQuery, caller: CallerIdentity | undefined): Promise<FileDownload> {
    const { reading } = await myReading(this.db, caller, query.applicationId, query.exchangeProgramId);
    if (reading.conflictDeclaredAt) throw ReviewErrors.conflictDeclared();
    return offerCandidacyLetter(this.db, this.files, query);
  }
}

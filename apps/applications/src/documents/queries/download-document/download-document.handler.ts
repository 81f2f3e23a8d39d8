import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import { DOCUMENT_PROBLEMS, type CallerIdentity, type FileDownload, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { problemError } from '@scn/platform/errors';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { myApplication } from '../../../requirements/infra/my-application';
import { ApplicationFiles } from '../../infra/application-files.store';

export type DownloadDocumentQuery = RpcParsedRequest<'documents.download-mine'>;

/** One of the applicant's documents, put in the object store for the gateway to answer with. */
@Injectable()
export class DownloadDocumentHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly files: ApplicationFiles,
  ) {}

  async execute(query: DownloadDocumentQuery, caller: CallerIdentity | undefined): Promise<FileDownload> {
    const application = await myApplication(this.db, query.applicationId, applicantIdOf(caller));
    const row = await this.db.applicationDocument.findUnique({
      where: { applicationId_requirementKey: { applicationId: application.id, requirementKey: query.requirementKey } },
    });
    if (!row) throw problemError(DOCUMENT_PROBLEMS.notFound, `No document uploaded for “${query.requirementKey}”`);
    const objectName = await this.files.offer(row.content, row.fileName);
    return { objectName, contentType: row.contentType as FileDownload['contentType'], fileName: row.fileName, size: row.size, sha256: row.sha256 };
  }
}

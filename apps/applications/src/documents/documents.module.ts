import { Module } from '@nestjs/common';
import { RequirementsModule } from '../requirements/requirements.module';
import { PutDocumentHandler } from './commands/put-document/put-document.handler';
import { ApplicationFiles } from './infra/application-files.store';
import { DownloadDocumentHandler } from './queries/download-document/download-document.handler';
import { ListDocumentsHandler } from './queries/list-documents/list-documents.handler';
import { DocumentsRpcController } from './transport/documents.rpc-controller';

/**
 * Applicants' documents (issue #13): uploaded for the requirements of their choices,
 * kept in this service's database. Exports the object store of files in transit (referees'
 * letters travel the same way).
 */
@Module({
  imports: [RequirementsModule],
  controllers: [DocumentsRpcController],
  providers: [ApplicationFiles, PutDocumentHandler, ListDocumentsHandler, DownloadDocumentHandler],
  exports: [ApplicationFiles],
})
export class DocumentsModule {}

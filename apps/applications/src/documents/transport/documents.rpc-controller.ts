import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { OnRpc, RpcContext } from '@scn/messaging';
import { PutDocumentHandler, type PutDocumentCommand } from '../commands/put-document/put-document.handler';
import { DownloadDocumentHandler, type DownloadDocumentQuery } from '../queries/download-document/download-document.handler';
import { ListDocumentsHandler, type ListDocumentsQuery } from '../queries/list-documents/list-documents.handler';

/** The applicant's documents over request/reply (the bytes travel through the object store). */
@Controller()
export class DocumentsRpcController {
  constructor(
    private readonly putHandler: PutDocumentHandler,
    private readonly listHandler: ListDocumentsHandler,
    private readonly downloadHandler: DownloadDocumentHandler,
  ) {}

  @OnRpc('documents.put-mine')
  put(@Payload() command: PutDocumentCommand, @Ctx() ctx: RpcContext) {
    return this.putHandler.execute(command, ctx.caller);
  }

  @OnRpc('documents.list-mine')
  list(@Payload() query: ListDocumentsQuery, @Ctx() ctx: RpcContext) {
    return this.listHandler.execute(query, ctx.caller);
  }

  @OnRpc('documents.download-mine')
  download(@Payload() query: DownloadDocumentQuery, @Ctx() ctx: RpcContext) {
    return this.downloadHandler.execute(query, ctx.caller);
  }
}

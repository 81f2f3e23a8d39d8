import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, RpcParsedRequest, RpcResponse } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { myApplication } from '../../../requirements/infra/my-application';
import { DOCUMENT_FIELDS, documentView } from '../../infra/document.views';

export type ListDocumentsQuery = RpcParsedRequest<'documents.list-mine'>;

/** The documents the applicant uploaded for their application (what they are, not their bytes). */
@Injectable()
export class ListDocumentsHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListDocumentsQuery, caller: CallerIdentity | undefined): Promise<RpcResponse<'documents.list-mine'>> {
    const application = await myApplication(this.db, query.applicationId, applicantIdOf(caller));
    const rows = await this.db.applicationDocument.findMany({ where: { applicationId: application.id }, select: DOCUMENT_FIELDS, orderBy: { requirementKey: 'asc' } });
    return { items: rows.map(documentView) };
  }
}

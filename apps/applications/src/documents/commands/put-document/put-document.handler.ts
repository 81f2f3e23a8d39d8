import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import { DOCUMENT_PROBLEMS, type ApplicationDocumentView, type CallerIdentity, type RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { problemError } from '@scn/platform/errors';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { addHistory, myApplication, requireDraft } from '../../../requirements/infra/my-application';
import { RequirementsRepository } from '../../../requirements/infra/requirements.repository';
import { checkedType } from '../../domain/document-check';
import { ApplicationFiles } from '../../infra/application-files.store';
import { documentView } from '../../infra/document.views';

export type PutDocumentCommand = RpcParsedRequest<'documents.put-mine'>;

/**
 * The applicant uploads the document for a requirement key of one of their draft's choices
 * (one upload serves every choice requiring that key; a new upload replaces the last).
 * The bytes arrive through the object store, are checked again by their content, and are
 * kept in this service's database in one transaction with the application's history.
 */
@Injectable()
export class PutDocumentHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly files: ApplicationFiles,
    private readonly requirements: RequirementsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: PutDocumentCommand, caller: CallerIdentity | undefined): Promise<ApplicationDocumentView> {
    const applicantId = applicantIdOf(caller);
    const bytes = await this.files.take(command.objectName, command);
    const contentType = checkedType(bytes, command.declaredType);
    return this.db.$transaction(async (tx) => {
      const application = await myApplication(tx, command.applicationId, applicantId, { lock: true });
      const programs = await knownProgramRepository.findMany(tx, application.choices.map((choice) => choice.exchangeProgramId));
      const requirements = await this.requirements.forPrograms(tx, [...programs.values()]);
      const required = [...requirements.values()].some((program) => program.documents.some((document) => document.key === command.requirementKey));
      if (!required) throw problemError(DOCUMENT_PROBLEMS.requirementUnknown, `No chosen program requires a document “${command.requirementKey}”`);
      requireDraft(application, 'documents');
      const now = this.clock.now();
      const data = { fileName: command.fileName, contentType, size: bytes.length, sha256: command.sha256, content: bytes, uploadedAt: now };
      await tx.applicationDocument.upsert({
        where: { applicationId_requirementKey: { applicationId: application.id, requirementKey: command.requirementKey } },
        create: { applicationId: application.id, requirementKey: command.requirementKey, ...data },
        update: data,
      });
      await addHistory(tx, application.id, applicantId, 'document-uploaded', { requirementKey: command.requirementKey, contentType, size: bytes.length }, now);
      return documentView({ requirementKey: command.requirementKey, ...data });
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, ChecklistView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { ApplicantRepository } from '../../../applicants/infra/applicant.repository';
import { checklistOf } from '../../domain/checklist';
import { ApplicationProgressReader } from '../../infra/application-progress';
import { myApplication } from '../../infra/my-application';

export type GetChecklistQuery = RpcParsedRequest<'checklist.get-mine'>;

/** What the applicant's application still misses per choice, what blocks its submission, and what is awaited from others. */
@Injectable()
export class GetChecklistHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly progress: ApplicationProgressReader,
    private readonly applicants: ApplicantRepository,
  ) {}

  async execute(query: GetChecklistQuery, caller: CallerIdentity | undefined): Promise<ChecklistView> {
    const applicantId = applicantIdOf(caller);
    return this.db.$transaction(async (tx) => {
      const application = await myApplication(tx, query.applicationId, applicantId);
      const profile = await this.applicants.find(applicantId, tx);
      const progress = await this.progress.read(tx, application, profile);
      return { applicationId: application.id, status: application.status, ...checklistOf(progress) };
    });
  }
}

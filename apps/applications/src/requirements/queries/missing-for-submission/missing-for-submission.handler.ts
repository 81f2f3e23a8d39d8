import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/applications';
import type { KnownProgramState } from '../../../known-programs/domain/known-program';
import { missingForSubmission, type MissingItem } from '../../domain/checklist';
import { ApplicationProgressReader } from '../../infra/application-progress';

/** The application being submitted: its id and ranked choices. */
export interface MissingForSubmissionQuery {
  applicationId: string;
  choices: ReadonlyArray<{ exchangeProgramId: string }>;
  programs: ReadonlyMap<string, KnownProgramState>;
}

/**
 * What the submit handler asks, in its transaction: the applicant's own items each chosen
 * program requires and the application lacks (documents, answers, referees), as
 * violations named by rule. A program without requirements adds none.
 */
@Injectable()
export class MissingForSubmissionHandler {
  constructor(private readonly progress: ApplicationProgressReader) {}

  async execute(query: MissingForSubmissionQuery, tx: Prisma.TransactionClient): Promise<MissingItem[]> {
    const progress = await this.progress.read(tx, { id: query.applicationId, choices: query.choices }, null, query.programs);
    return missingForSubmission(progress);
  }
}

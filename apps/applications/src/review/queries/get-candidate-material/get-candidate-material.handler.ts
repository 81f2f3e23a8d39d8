import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, ReadingMaterialView, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { RequirementsRepository } from '../../../requirements/infra/requirements.repository';
import { candidacyRepository } from '../../infra/candidacy.repository';
import { managedProgram } from '../../infra/managed-program';
import { readingMaterial } from '../../infra/reading-material.views';

export type GetCandidateMaterialQuery = RpcParsedRequest<'review.get-candidate-material'>;

/**
 * A candidate's material for the program (answers, documents, letters), for its managers —
 * what its readers assess, never blind: managers see applicants' names anyway. It names the
 * documents and letters their downloads take.
 */
@Injectable()
export class GetCandidateMaterialHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly requirements: RequirementsRepository,
  ) {}

  async execute(query: GetCandidateMaterialQuery, caller: CallerIdentity | undefined): Promise<ReadingMaterialView> {
    const program = await managedProgram(this.db, caller, query.exchangeProgramId);
    await candidacyRepository.candidate(this.db, program.id, query.applicationId);
    const requirements = await this.requirements.forProgram(this.db, program);
    return readingMaterial(this.db, requirements, query.applicationId, program.id, false);
  }
}

import type { ProgramRequirementsView } from '@scn/contracts';
import type { KnownProgramState } from '../../known-programs/domain/known-program';
import type { ProgramRequirements } from '../domain/program-requirements';

export function requirementsView(program: Pick<KnownProgramState, 'id' | 'title'>, requirements: ProgramRequirements): ProgramRequirementsView {
  return {
    exchangeProgramId: program.id,
    title: program.title,
    documents: requirements.documents,
    questions: requirements.questions,
    recommendations: requirements.recommendations,
    source: requirements.source,
    updatedAt: requirements.updatedAt?.toISOString() ?? null,
  };
}

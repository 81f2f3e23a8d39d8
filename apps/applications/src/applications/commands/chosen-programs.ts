import type { ApplicantProfile } from '../../applicants/domain/applicant-profile';
import type { KnownProgramState } from '../../known-programs/domain/known-program';
import { knownProgramRepository, type Tx } from '../../known-programs/infra/known-program.repository';
import { ApplicationErrors } from '../domain/application.errors';
import type { ChoiceState } from '../domain/application.state';
import { sideOf } from '../domain/eligibility';

/**
 * The ranked choices of a draft, checked against what the service knows: every program is
 * known and not over (cancelled or completed), and of the application's season. Each
 * choice carries the side the applicant travels from, as their profile says now.
 */
export async function chosenPrograms(
  tx: Tx,
  profile: ApplicantProfile,
  season: number,
  programIds: readonly string[],
): Promise<{ choices: ChoiceState[]; programs: Map<string, KnownProgramState> }> {
  const programs = await knownProgramRepository.findMany(tx, programIds);
  const unknown = indexesWhere(programIds, (id) => {
    const program = programs.get(id);
    return !program || program.status === 'cancelled' || program.status === 'completed';
  });
  if (unknown.length) throw ApplicationErrors.programUnknown(unknown);
  const otherSeason = indexesWhere(programIds, (id) => programs.get(id)!.season !== season);
  if (otherSeason.length) throw ApplicationErrors.wrongSeason(otherSeason, season);
  return { choices: programIds.map((id) => ({ exchangeProgramId: id, side: sideOf(profile, programs.get(id)!) })), programs };
}

function indexesWhere(ids: readonly string[], test: (id: string) => boolean): number[] {
  return ids.flatMap((id, index) => (test(id) ? [index] : []));
}

import { Injectable } from '@nestjs/common';
import type { ChecklistView } from '@scn/contracts';
import { AGE_OF_MAJORITY, ageOn, type ApplicantProfile } from '../../applicants/domain/applicant-profile';
import type { KnownProgramState } from '../../known-programs/domain/known-program';
import { knownProgramRepository } from '../../known-programs/infra/known-program.repository';
import type { ApplicationProgress } from '../domain/checklist';
import { RequirementsRepository, type Db } from './requirements.repository';

/** Gathers what an application's checklist and submission rules look at, in one transaction. */
@Injectable()
export class ApplicationProgressReader {
  constructor(private readonly requirements: RequirementsRepository) {}

  async read(
    db: Db,
    application: { id: string; choices: ReadonlyArray<{ exchangeProgramId: string }> },
    profile: ApplicantProfile | null,
    known?: ReadonlyMap<string, KnownProgramState>,
  ): Promise<ApplicationProgress> {
    const ids = application.choices.map((choice) => choice.exchangeProgramId);
    const programs = known ?? (await knownProgramRepository.findMany(db, ids));
    const present = ids.flatMap((id) => programs.get(id) ?? []);
    const [requirements, answers, uploadedDocuments, referees] = [
      await this.requirements.forPrograms(db, present),
      await this.requirements.answers(db, application.id),
      await this.requirements.uploadedKeys(db, application.id),
      await this.requirements.refereeCounts(db, application.id),
    ];
    const choices = application.choices.flatMap((choice, index) => {
      const program = programs.get(choice.exchangeProgramId);
      const required = requirements.get(choice.exchangeProgramId);
      if (!program || !required) return [];
      return [
        {
          rank: index + 1,
          exchangeProgramId: choice.exchangeProgramId,
          title: program.title,
          requirements: required,
          answers: answers.get(choice.exchangeProgramId)?.answers ?? {},
          referees: referees.get(choice.exchangeProgramId) ?? { named: 0, received: 0 },
        },
      ];
    });
    const minor = !!profile && present.some((program) => ageOn(profile.birthDate, program.travelStart) < AGE_OF_MAJORITY);
    return { choices, uploadedDocuments, guardian: { required: minor, named: !!profile?.guardian, status: consentStatus(profile) } };
  }
}

export function consentStatus(profile: ApplicantProfile | null): ChecklistView['guardianConsent']['status'] {
  if (!profile?.guardian) return 'not-needed';
  if (profile.guardianConsentGivenAt) return 'given';
  return profile.guardianConsentRequestedAt ? 'requested' : 'not-requested';
}

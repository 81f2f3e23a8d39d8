import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { AnswersView, CallerIdentity, Question, RpcParsedRequest } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { missingAnswers, type Answers } from '../../domain/questionnaire';
import { RequirementErrors } from '../../domain/requirements.errors';
import { myApplication } from '../../infra/my-application';
import { RequirementsRepository } from '../../infra/requirements.repository';

export type GetAnswersQuery = RpcParsedRequest<'answers.get-mine'>;

/** The applicant's answers to one chosen program's questionnaire, and whether they are complete as it is now. */
@Injectable()
export class GetAnswersHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly repository: RequirementsRepository,
  ) {}

  async execute(query: GetAnswersQuery, caller: CallerIdentity | undefined): Promise<AnswersView> {
    const application = await myApplication(this.db, query.applicationId, applicantIdOf(caller));
    const program = (await knownProgramRepository.findMany(this.db, [query.exchangeProgramId])).get(query.exchangeProgramId);
    if (!program || !application.choices.some((choice) => choice.exchangeProgramId === query.exchangeProgramId)) {
      throw RequirementErrors.choiceNotFound(query.exchangeProgramId);
    }
    const { questions } = await this.repository.forProgram(this.db, program);
    const saved = (await this.repository.answers(this.db, application.id)).get(program.id) ?? null;
    return answersView(application.id, program.id, questions, saved);
  }
}

export function answersView(applicationId: string, exchangeProgramId: string, questions: readonly Question[], saved: { answers: Answers; updatedAt: Date } | null): AnswersView {
  const answers = saved?.answers ?? {};
  return {
    applicationId,
    exchangeProgramId,
    answers,
    complete: missingAnswers(questions, answers).length === 0,
    updatedAt: saved?.updatedAt.toISOString() ?? null,
  };
}

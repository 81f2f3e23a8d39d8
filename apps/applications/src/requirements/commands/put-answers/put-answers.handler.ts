import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { AnswersView, CallerIdentity, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { applicantIdOf } from '../../../applicants/domain/applicant.errors';
import { knownProgramRepository } from '../../../known-programs/infra/known-program.repository';
import { answerViolations, storedAnswers } from '../../domain/questionnaire';
import { RequirementErrors } from '../../domain/requirements.errors';
import { addHistory, myApplication, requireDraft } from '../../infra/my-application';
import { RequirementsRepository } from '../../infra/requirements.repository';
import { answersView } from '../../queries/get-answers/get-answers.handler';

export type PutAnswersCommand = RpcParsedRequest<'answers.put-mine'>;

/**
 * The applicant answers a chosen program's questionnaire (the whole set, replacing the
 * last): each answer must fit its question (type, options, length), and unknown keys are
 * refused, each refusal naming the question and the rule. Required questions may be left
 * for later: the submission requires them.
 */
@Injectable()
export class PutAnswersHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly repository: RequirementsRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: PutAnswersCommand, caller: CallerIdentity | undefined): Promise<AnswersView> {
    const applicantId = applicantIdOf(caller);
    return this.db.$transaction(async (tx) => {
      const application = await myApplication(tx, command.applicationId, applicantId, { lock: true });
      if (!application.choices.some((choice) => choice.exchangeProgramId === command.exchangeProgramId)) {
        throw RequirementErrors.choiceNotFound(command.exchangeProgramId);
      }
      requireDraft(application, 'answers');
      const program = (await knownProgramRepository.findMany(tx, [command.exchangeProgramId])).get(command.exchangeProgramId);
      if (!program) throw RequirementErrors.choiceNotFound(command.exchangeProgramId);
      const { questions } = await this.repository.forProgram(tx, program);
      const violations = answerViolations(questions, command.answers);
      if (violations.length) throw RequirementErrors.answersInvalid(violations);
      const now = this.clock.now();
      const answers = storedAnswers(command.answers);
      await this.repository.saveAnswers(tx, application.id, program.id, answers, now);
      await addHistory(tx, application.id, applicantId, 'answers-changed', { exchangeProgramId: program.id, keys: Object.keys(answers) }, now);
      return answersView(application.id, program.id, questions, { answers, updatedAt: now });
    });
  }
}

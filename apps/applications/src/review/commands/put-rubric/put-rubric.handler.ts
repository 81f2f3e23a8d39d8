import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import type { CallerIdentity, RpcParsedRequest, RubricView } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { checkRubric, criteriaMeaningChanged } from '../../domain/rubric';
import { ReviewErrors } from '../../domain/review.errors';
import { managedProgram } from '../../infra/managed-program';
import { rubricRepository, toRubricView } from '../../infra/rubric.repository';

export type PutRubricCommand = RpcParsedRequest<'review.put-rubric'>;

/**
 * Sets the program's rubric (staff, or the admins of the program's member program). Once a
 * reading is scored, its criteria keys and weights stay (scores would change meaning);
 * labels and the blind first round may still change.
 */
@Injectable()
export class PutRubricHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  execute(command: PutRubricCommand, caller: CallerIdentity | undefined): Promise<RubricView> {
    return this.db.$transaction(async (tx) => {
      await managedProgram(tx, caller, command.exchangeProgramId);
      checkRubric(command.criteria);
      await rubricRepository.lock(tx, command.exchangeProgramId);
      const existing = await rubricRepository.find(tx, command.exchangeProgramId);
      if (existing && criteriaMeaningChanged(existing.criteria, command.criteria)) {
        const scored = await tx.reviewAssignment.count({ where: { exchangeProgramId: command.exchangeProgramId, scoredAt: { not: null } } });
        if (scored > 0) {
          throw ReviewErrors.rubricInUse([{ field: 'criteria', rule: 'scored_readings', message: `${scored} reading(s) are scored: keys and weights stay`, params: { count: scored } }]);
        }
      }
      const row = await rubricRepository.save(tx, command.exchangeProgramId, { criteria: command.criteria, blindFirstRound: command.blindFirstRound }, caller!.accountId);
      return toRubricView(row);
    });
  }
}

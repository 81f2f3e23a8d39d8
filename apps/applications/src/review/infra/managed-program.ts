import { coversResource, type CallerIdentity, type Role } from '@scn/contracts';
import { knownProgramRepository } from '../../known-programs/infra/known-program.repository';
import type { KnownProgramState } from '../../known-programs/domain/known-program';
import { ReviewErrors } from '../domain/review.errors';
import type { Tx } from './review-db';

/** Who manages a program's review: staff, and the admins of the program's member program. */
export const MANAGER_ROLES: readonly Role[] = ['network-staff', 'program-admin'];

/**
 * The known program, when the caller manages it: staff always; a program admin when the
 * program belongs to their member program. Otherwise it does not exist for them (404).
 */
export async function managedProgram(tx: Tx, caller: CallerIdentity | undefined, exchangeProgramId: string): Promise<KnownProgramState> {
  const program = (await knownProgramRepository.findMany(tx, [exchangeProgramId])).get(exchangeProgramId);
  if (!program || !caller || !coversResource(caller, MANAGER_ROLES, { 'member-program': [program.memberProgramId] })) {
    throw ReviewErrors.programNotFound(exchangeProgramId);
  }
  return program;
}

/** The program, when the caller's reviewer grant covers it; otherwise their reading does not exist for them (404). */
export async function reviewedProgram(tx: Tx, caller: CallerIdentity | undefined, applicationId: string, exchangeProgramId: string): Promise<KnownProgramState> {
  const program = caller && coversResource(caller, ['reviewer'], { 'exchange-program': [exchangeProgramId] })
    ? (await knownProgramRepository.findMany(tx, [exchangeProgramId])).get(exchangeProgramId)
    : undefined;
  if (!program) throw ReviewErrors.assignmentNotFound(applicationId, exchangeProgramId);
  return program;
}

/** Whether the season's matching is committed: readings and rankings no longer change then. */
export async function seasonMatched(tx: Tx, season: number): Promise<boolean> {
  return (await tx.matchingRun.count({ where: { season, status: 'committed' } })) > 0;
}

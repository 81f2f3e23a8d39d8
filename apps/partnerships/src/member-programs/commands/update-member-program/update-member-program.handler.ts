import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient, type Prisma } from '@scn-prisma/partnerships';
import type { CallerIdentity, MemberProgramView } from '@scn/contracts';
import { Outbox } from '@scn/messaging';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import {
  changedFields,
  staffOnlyFieldsIn,
  standingChanged,
  type MemberProgramField,
  type MemberProgramPatch,
} from '../../domain/member-program-changes';
import { memberProgramError, staleRevision } from '../../domain/member-program.errors';
import { programReach, reaches } from '../../domain/program-reach';
import { eventStateOf, fieldsOf, PROGRAM_INCLUDE, toMemberProgramView } from '../../infra/member-program.record';

export interface UpdateMemberProgramCommand {
  memberProgramId: string;
  /** The revision the caller read: the change applies only if nobody changed the program since. */
  revision: number;
  patch: MemberProgramPatch;
}

/**
 * Changes a member program: staff anything, its own admins all but membership and dues.
 * Optimistic concurrency on `revision`; events in the same transaction as the change.
 */
@Injectable()
export class UpdateMemberProgramHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: UpdateMemberProgramCommand, caller: CallerIdentity | undefined): Promise<MemberProgramView> {
    const { memberProgramId: id, revision, patch } = command;
    const reach = programReach(caller);
    const now = this.clock.now();
    return this.db.$transaction(async (tx) => {
      const before = await tx.memberProgram.findUnique({
        where: { id },
        include: PROGRAM_INCLUDE,
      });
      // Another program's admin learns nothing, not even that the program exists.
      if (!before || !reaches(reach, id)) throw memberProgramError('notFound');
      const refused = reach.all ? [] : staffOnlyFieldsIn(patch);
      if (refused.length) {
        throw memberProgramError(
          'staffOnlyField',
          undefined,
          refused.map((field) => ({
            field,
            rule: 'staff_only',
            message: 'only network staff may set it',
          })),
        );
      }
      if (before.revision !== revision) throw staleRevision(before.revision, revision);
      const changed = changedFields(fieldsOf(before), patch);
      if (changed.length === 0) return toMemberProgramView(before, now);

      // The revision in the WHERE makes a concurrent change that committed first win: this one then matches no row.
      const { count } = await tx.memberProgram.updateMany({
        where: { id, revision },
        data: { ...dataOf(patch, changed), revision: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.memberProgram.findUniqueOrThrow({
          where: { id },
          select: { revision: true },
        });
        throw staleRevision(current.revision, revision);
      }
      const after = await tx.memberProgram.findUniqueOrThrow({
        where: { id },
        include: PROGRAM_INCLUDE,
      });
      const view = toMemberProgramView(after, now);
      await this.outbox.add(tx, 'member-program.updated.v1', id, {
        ...eventStateOf(view),
        changed,
      });
      // Announced against the standing last announced, not only the one before this change:
      // a lapse the hourly refresh has not announced yet is announced now, once.
      if (standingChanged(fieldsOf(before), fieldsOf(after), now) || view.inGoodStanding !== before.inGoodStanding) {
        await tx.memberProgram.update({ where: { id }, data: { inGoodStanding: view.inGoodStanding } });
        await this.outbox.add(tx, 'member-program.standing-changed.v1', id, eventStateOf(view));
      }
      return view;
    });
  }
}

function dataOf(patch: MemberProgramPatch, changed: readonly MemberProgramField[]): Prisma.MemberProgramUpdateManyMutationInput {
  const data: Prisma.MemberProgramUpdateManyMutationInput = {};
  if (changed.includes('name')) data.name = patch.name;
  if (changed.includes('contacts')) data.contacts = patch.contacts as Prisma.InputJsonValue;
  if (changed.includes('website')) data.website = patch.website;
  if (changed.includes('membership')) data.membership = patch.membership;
  if (changed.includes('duesPaidThrough')) data.duesPaidThrough = patch.duesPaidThrough;
  return data;
}

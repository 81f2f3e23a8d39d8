import type { KnownMemberProgram, Prisma } from '@scn-prisma/notifications';
import type { DomainEvent } from '@scn/contracts';
import type { MemberProgramEventType } from '../domain/followed-events';

/** Brings the known member program up to date (every member-program event carries its whole state). */
export async function applyMemberProgramEvent(
  tx: Prisma.TransactionClient,
  event: DomainEvent<MemberProgramEventType>,
): Promise<{ program: KnownMemberProgram; previous: KnownMemberProgram | null }> {
  const { data } = event;
  const time = new Date(event.time);
  await tx.$executeRawUnsafe(`SELECT 1 FROM known_member_programs WHERE id = $1::uuid FOR UPDATE`, data.memberProgramId);
  const previous = await tx.knownMemberProgram.findUnique({ where: { id: data.memberProgramId } });
  if (previous && previous.lastChangedAt > time) return { program: previous, previous };
  const state = {
    name: data.name,
    cityId: data.cityId,
    countryCode: data.countryCode,
    contacts: data.contacts as Prisma.InputJsonValue,
    membership: data.membership,
    duesPaidThrough: data.duesPaidThrough,
    inGoodStanding: data.inGoodStanding,
    lastChangedAt: time,
  };
  const program = await tx.knownMemberProgram.upsert({ where: { id: data.memberProgramId }, create: { id: data.memberProgramId, ...state }, update: state });
  return { program, previous };
}

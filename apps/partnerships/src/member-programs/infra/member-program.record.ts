import type { Prisma } from '@scn-prisma/partnerships';
import type { Contact, EventData, MemberProgramView } from '@scn/contracts';
import { isInGoodStanding } from '../domain/good-standing';
import type { MemberProgramFields } from '../domain/member-program-changes';

/** What every read of a program loads with it: the city's name and place. */
export const PROGRAM_INCLUDE = {
  city: {
    select: { id: true, name: true, countryCode: true, regionCode: true },
  },
} satisfies Prisma.MemberProgramInclude;

export type MemberProgramRecord = Prisma.MemberProgramGetPayload<{
  include: typeof PROGRAM_INCLUDE;
}>;

/** The changeable fields of a stored program (contacts were validated when written). */
export function fieldsOf(record: MemberProgramRecord): MemberProgramFields {
  return {
    name: record.name,
    contacts: record.contacts as unknown as Contact[],
    website: record.website,
    membership: record.membership,
    duesPaidThrough: record.duesPaidThrough,
  };
}

export function toMemberProgramView(record: MemberProgramRecord, now: Date): MemberProgramView {
  const fields = fieldsOf(record);
  return {
    id: record.id,
    ...fields,
    city: record.city,
    inGoodStanding: isInGoodStanding(fields, now),
    revision: record.revision,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** The state every member-program event carries. */
export function eventStateOf(view: MemberProgramView): EventData<'member-program.registered.v1'> {
  return {
    memberProgramId: view.id,
    name: view.name,
    cityId: view.city.id,
    countryCode: view.city.countryCode,
    contacts: view.contacts,
    membership: view.membership,
    duesPaidThrough: view.duesPaidThrough,
    inGoodStanding: view.inGoodStanding,
  };
}

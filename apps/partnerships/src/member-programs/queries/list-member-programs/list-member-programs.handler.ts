import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient, type Prisma } from '@scn-prisma/partnerships';
import type { CallerIdentity, MemberProgramView, Page, RpcParsedRequest } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { programReach } from '../../domain/program-reach';
import { PROGRAM_INCLUDE, toMemberProgramView } from '../../infra/member-program.record';
import { decodeCursor, encodeCursor } from './list-cursor';

/** The list request as the RPC server parsed it (defaults applied). */
export type ListMemberProgramsQuery = RpcParsedRequest<'member-programs.list'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Member programs by name: all of them for staff, their own for program admins. */
@Injectable()
export class ListMemberProgramsHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: ListMemberProgramsQuery, caller: CallerIdentity | undefined): Promise<Page<MemberProgramView>> {
    const now = this.clock.now();
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const where: Prisma.MemberProgramWhereInput[] = [scopeWhere(caller)];
    if (query.country || query.region) {
      where.push({
        city: {
          ...(query.country ? { countryCode: query.country } : {}),
          ...(query.region ? { regionCode: query.region } : {}),
        },
      });
    }
    if (query.q) where.push({ name: { startsWith: query.q, mode: 'insensitive' } });
    if (query.membership) where.push({ membership: query.membership });
    if (query.inGoodStanding !== undefined) where.push(standingWhere(query.inGoodStanding, now.getUTCFullYear()));
    if (after)
      where.push({
        OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }],
      });

    const rows = await this.db.memberProgram.findMany({
      where: { AND: where },
      include: PROGRAM_INCLUDE,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toMemberProgramView(row, now)),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
    };
  }
}

/** Staff see every program; anyone else only those their grants name (scope never comes from the query). */
function scopeWhere(caller: CallerIdentity | undefined): Prisma.MemberProgramWhereInput {
  const reach = programReach(caller);
  // Ids that are not UUIDs cannot name a program, and the uuid column would refuse them.
  return reach.all ? {} : { id: { in: reach.programIds.filter((id) => UUID.test(id)) } };
}

/** `isInGoodStanding` as a filter, for the year of `now`. */
export function standingWhere(inGoodStanding: boolean, year: number): Prisma.MemberProgramWhereInput {
  const good: Prisma.MemberProgramWhereInput = {
    membership: 'member',
    duesPaidThrough: { gte: year },
  };
  return inGoodStanding
    ? good
    : {
        OR: [{ membership: { not: 'member' } }, { duesPaidThrough: null }, { duesPaidThrough: { lt: year } }],
      };
}

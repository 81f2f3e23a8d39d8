import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/notifications';
import { isStoredInstant, type CallerIdentity, type FollowedProgram, type RpcParsedRequest } from '@scn/contracts';
import { DATABASE, decodeCursor, encodeCursor, isUuid } from '@scn/platform';
import { recipientOfCaller } from '../../../known-facts/infra/caller-recipient';

export type ListFollowedQuery = RpcParsedRequest<'program-interests.list-mine'>;

/**
 * The programs the caller follows, the latest followed first, by keyset pages over
 * (followed at, program id): the index on `recipient_id` finds the caller's rows.
 */
@Injectable()
export class ListFollowedHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(query: ListFollowedQuery, caller: CallerIdentity | undefined) {
    const recipientId = (await recipientOfCaller(this.db, caller)).id;
    const where: Prisma.ProgramInterestWhereInput = { recipientId };
    if (query.cursor) {
      const [followedAt = '', id = ''] = decodeCursor(query.cursor, (key) => key.length === 2 && isStoredInstant(key[0] ?? '') && isUuid(key[1] ?? ''));
      const at = new Date(followedAt);
      where.OR = [{ createdAt: { lt: at } }, { createdAt: at, exchangeProgramId: { lt: id } }];
    }
    const rows = await this.db.programInterest.findMany({
      where,
      include: { program: true },
      orderBy: [{ createdAt: 'desc' }, { exchangeProgramId: 'desc' }],
      take: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      items: page.map(
        (row): FollowedProgram => ({
          exchangeProgramId: row.exchangeProgramId,
          title: row.program.title,
          season: row.program.season,
          status: row.program.status,
          applicationOpensAt: row.program.applicationOpensAt.toISOString(),
          applicationClosesAt: row.program.applicationClosesAt.toISOString(),
          followedAt: row.createdAt.toISOString(),
        }),
      ),
      nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.exchangeProgramId]) : null,
    };
  }
}

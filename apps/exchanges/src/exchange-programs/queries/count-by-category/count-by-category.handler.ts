import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/exchanges';
import { EXCHANGE_CATEGORIES, type RpcAnswer } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';

/**
 * The public figures of programs by category: those in the catalogue now (as the catalogue
 * selects them) and those that placed their participants. Two GROUP BYs; every category is
 * listed, a category without programs with zeros. Public: the figures name no program.
 */
@Injectable()
export class CountByCategoryHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(): Promise<RpcAnswer<'exchange-programs.category-counts'>> {
    const [inCatalogue, held] = await Promise.all([
      this.db.exchangeProgram.groupBy({
        by: ['category'],
        where: { status: 'published', paused: false, applicationClosesAt: { gt: this.clock.now() } },
        _count: { _all: true },
      }),
      this.db.exchangeProgram.groupBy({
        by: ['category'],
        where: { status: { in: ['allocated', 'in_progress', 'completed'] } },
        _count: { _all: true },
      }),
    ]);
    const countOf = (groups: typeof held) => new Map(groups.map((group) => [group.category as string, group._count._all]));
    const open = countOf(inCatalogue);
    const placed = countOf(held);
    return {
      byCategory: EXCHANGE_CATEGORIES.map((category) => ({ category, inCatalogue: open.get(category) ?? 0, held: placed.get(category) ?? 0 })),
    };
  }
}

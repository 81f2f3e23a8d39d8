import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/exchanges';
import { EXCHANGE_PROGRAM_STATUSES, isNetworkStaff, NETWORK_COUNTS_PROBLEMS, type CallerIdentity, type RpcAnswer } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { problemError } from '@scn/platform/errors';

/** Exchange programs by status, network-wide: one GROUP BY; a status no program has counts 0. */
@Injectable()
export class CountByStatusHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(caller: CallerIdentity | undefined): Promise<RpcAnswer<'exchange-programs.status-counts'>> {
    if (!isNetworkStaff(caller)) throw problemError(NETWORK_COUNTS_PROBLEMS.staffOnly);
    const groups = await this.db.exchangeProgram.groupBy({ by: ['status'], _count: { _all: true } });
    const counted = new Map(groups.map((group) => [group.status, group._count._all]));
    return Object.fromEntries(EXCHANGE_PROGRAM_STATUSES.map((status) => [status, counted.get(status) ?? 0])) as RpcAnswer<'exchange-programs.status-counts'>;
  }
}

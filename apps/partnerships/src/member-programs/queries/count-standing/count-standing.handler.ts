import { Inject, Injectable } from '@nestjs/common';
import { PrismaClient } from '@scn-prisma/partnerships';
import { isNetworkStaff, NETWORK_COUNTS_PROBLEMS, type CallerIdentity, type RpcAnswer } from '@scn/contracts';
import { CLOCK, DATABASE, type Clock } from '@scn/platform';
import { problemError } from '@scn/platform/errors';
import { standingWhere } from '../list-member-programs/list-member-programs.handler';

/** How many member programs the network has, and how many are in good standing this year (two counts in SQL). */
@Injectable()
export class CountStandingHandler {
  constructor(
    @Inject(DATABASE) private readonly db: PrismaClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(caller: CallerIdentity | undefined): Promise<RpcAnswer<'member-programs.standing-counts'>> {
    if (!isNetworkStaff(caller)) throw problemError(NETWORK_COUNTS_PROBLEMS.staffOnly);
    const year = this.clock.now().getUTCFullYear();
    const [total, inGoodStanding] = await Promise.all([this.db.memberProgram.count(), this.db.memberProgram.count({ where: standingWhere(true, year) })]);
    return { total, inGoodStanding };
  }
}

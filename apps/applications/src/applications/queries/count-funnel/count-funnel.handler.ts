import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@scn-prisma/applications';
import { isNetworkStaff, NETWORK_COUNTS_PROBLEMS, type CallerIdentity, type RpcAnswer } from '@scn/contracts';
import { DATABASE } from '@scn/platform';
import { problemError } from '@scn/platform/errors';

type FunnelRow = { submitted: bigint; reviewed: bigint; placed: bigint; accepted: bigint };

/**
 * The season-independent applications funnel, in one pass over the applications table:
 * submitted (ever), reviewed (a choice has a scored reading), placed (a committed run gave
 * a place, or an offer was made from one: a declined offer clears the place), accepted
 * (the offer was accepted). Each step is counted on its own, not as a subset of the last.
 */
@Injectable()
export class CountFunnelHandler {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  async execute(caller: CallerIdentity | undefined): Promise<RpcAnswer<'applications.funnel-counts'>> {
    if (!isNetworkStaff(caller)) throw problemError(NETWORK_COUNTS_PROBLEMS.staffOnly);
    const [row] = await this.db.$queryRaw<FunnelRow[]>`
      SELECT
        count(*) FILTER (WHERE a.submitted_at IS NOT NULL) AS submitted,
        count(*) FILTER (WHERE a.submitted_at IS NOT NULL AND EXISTS (
          SELECT 1 FROM candidacies c WHERE c.application_id = a.id AND c.score_readings > 0)) AS reviewed,
        count(*) FILTER (WHERE a.placed_program_id IS NOT NULL OR a.offer_state IS NOT NULL) AS placed,
        count(*) FILTER (WHERE a.offer_state = 'accepted') AS accepted
      FROM applications a`;
    return {
      submitted: Number(row?.submitted ?? 0),
      reviewed: Number(row?.reviewed ?? 0),
      placed: Number(row?.placed ?? 0),
      accepted: Number(row?.accepted ?? 0),
    };
  }
}

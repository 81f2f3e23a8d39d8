import { Inject, Injectable } from '@nestjs/common';
import type { Prisma, PrismaClient } from '@scn-prisma/exchanges';
import { DATABASE } from '@scn/platform';
import type { KnownPartnershipState } from '../domain/known-partnership';
import { STATE_FIELDS } from './known-partnership.repository';

/** What the rest of the exchanges service asks of the partnerships it knows from events. */
@Injectable()
export class KnownPartnerships {
  constructor(@Inject(DATABASE) private readonly db: PrismaClient) {}

  /** The partnership as last announced, or null when no event of it has arrived yet. */
  get(partnershipId: string): Promise<KnownPartnershipState | null> {
    return this.db.knownPartnership.findUnique({ where: { id: partnershipId }, select: STATE_FIELDS });
  }

  /**
   * Whether the partnership is active. Inside `tx` the row stays share-locked until the
   * transaction ends, so a suspension event cannot be applied between this check and the
   * write it guards (e.g. publishing an exchange program): the event waits, then sees the program.
   */
  async isActive(partnershipId: string, tx?: Prisma.TransactionClient): Promise<boolean> {
    if (!tx) return (await this.get(partnershipId))?.status === 'active';
    const rows = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT status::text AS status FROM known_partnerships WHERE id = ${partnershipId}::uuid FOR SHARE`;
    return rows[0]?.status === 'active';
  }
}

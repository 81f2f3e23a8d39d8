import type { Prisma } from '@scn-prisma/exchanges';
import type { KnownPartnershipState } from '../domain/known-partnership';

/** Reads and writes known partnerships inside the caller's transaction. */
export const knownPartnershipRepository = {
  /**
   * The partnership, locked until the transaction ends: two replicas handling events of the
   * same partnership at once then apply them one after the other.
   */
  async findForUpdate(tx: Prisma.TransactionClient, id: string): Promise<KnownPartnershipState | null> {
    await tx.$queryRaw`SELECT 1 FROM known_partnerships WHERE id = ${id}::uuid FOR UPDATE`;
    return tx.knownPartnership.findUnique({ where: { id }, select: STATE_FIELDS });
  },

  async save(tx: Prisma.TransactionClient, state: KnownPartnershipState): Promise<void> {
    const { id, ...fields } = state;
    await tx.knownPartnership.upsert({ where: { id }, create: state, update: fields });
  },
};

export const STATE_FIELDS = {
  id: true,
  memberProgramId: true,
  memberCityId: true,
  partnerCityId: true,
  memberCountryCode: true,
  partnerCountryCode: true,
  status: true,
  inForceVersion: true,
  lastChangedAt: true,
} as const satisfies Prisma.KnownPartnershipSelect;

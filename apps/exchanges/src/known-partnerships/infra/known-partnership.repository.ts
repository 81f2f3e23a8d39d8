import type { Prisma } from '@scn-prisma/exchanges';
import type { RawSql } from '@scn/platform';
import type { KnownPartnershipState } from '../domain/known-partnership';

/**
 * Reads and writes known partnerships inside the caller's transaction, in raw SQL: every
 * partnership event passes here (23,702 at an import of the real list), and its handler
 * is declared `sqlOnly`, so these statements run on the `pg` pool without Prisma's layers
 * (issue #16). They run the same in a Prisma transaction.
 */
export const knownPartnershipRepository = {
  /**
   * The partnership, locked until the transaction ends: two replicas handling events of the
   * same partnership at once then apply them one after the other. (One not yet known is not
   * locked: `save` inserts it or, if another replica just did, updates that row.)
   */
  async findForUpdate(tx: RawSql, id: string): Promise<KnownPartnershipState | null> {
    const rows = await tx.$queryRawUnsafe<KnownPartnershipState[]>(SELECT_FOR_UPDATE, id);
    return rows[0] ?? null;
  },

  async save(tx: RawSql, state: KnownPartnershipState): Promise<void> {
    await tx.$executeRawUnsafe(
      UPSERT,
      state.id,
      state.memberProgramId,
      state.memberCityId,
      state.partnerCityId,
      state.memberCountryCode,
      state.partnerCountryCode,
      state.status,
      state.inForceVersion,
      state.lastChangedAt,
    );
  },
};

const SELECT_FOR_UPDATE = `
  SELECT id, member_program_id AS "memberProgramId", member_city_id AS "memberCityId", partner_city_id AS "partnerCityId",
         member_country_code AS "memberCountryCode", partner_country_code AS "partnerCountryCode", status::text AS status,
         in_force_version AS "inForceVersion", last_changed_at AS "lastChangedAt"
    FROM known_partnerships WHERE id = $1::uuid FOR UPDATE`;

const UPSERT = `
  INSERT INTO known_partnerships (id, member_program_id, member_city_id, partner_city_id, member_country_code,
                                  partner_country_code, status, in_force_version, last_changed_at, updated_at)
  VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7::"PartnershipStatus", $8::int, $9::timestamptz, now())
  ON CONFLICT (id) DO UPDATE SET
    member_program_id = EXCLUDED.member_program_id, member_city_id = EXCLUDED.member_city_id,
    partner_city_id = EXCLUDED.partner_city_id, member_country_code = EXCLUDED.member_country_code,
    partner_country_code = EXCLUDED.partner_country_code, status = EXCLUDED.status,
    in_force_version = EXCLUDED.in_force_version, last_changed_at = EXCLUDED.last_changed_at, updated_at = now()`;

/** What the rest of the service reads of a known partnership (Prisma's select of the same fields). */
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

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
   * The partnerships among `ids` this service knows, by id (lower case), locked until the
   * transaction ends, in id order: two replicas handling events of the same partnerships at
   * once then apply them one after the other, and never wait on each other in a cycle. (One
   * not yet known is not locked: `saveMany` inserts it or, if another replica just did,
   * updates that row.)
   */
  async findManyForUpdate(tx: RawSql, ids: readonly string[]): Promise<Map<string, KnownPartnershipState>> {
    const rows = await tx.$queryRawUnsafe<KnownPartnershipState[]>(SELECT_FOR_UPDATE, ids);
    return new Map(rows.map((row) => [row.id.toLowerCase(), row]));
  },

  /** Inserts or updates the partnerships, in one statement; no id may come twice. */
  async saveMany(tx: RawSql, states: readonly KnownPartnershipState[]): Promise<void> {
    if (states.length === 0) return;
    const column = <K extends keyof KnownPartnershipState>(key: K) => states.map((state) => state[key]);
    await tx.$executeRawUnsafe(
      UPSERT,
      column('id'),
      column('memberProgramId'),
      column('memberCityId'),
      column('partnerCityId'),
      column('memberCountryCode'),
      column('partnerCountryCode'),
      column('status'),
      column('inForceVersion'),
      // As ISO strings, as the other batch writes pass times inside an array parameter.
      states.map((state) => new Date(state.lastChangedAt).toISOString()),
    );
  },
};

const SELECT_FOR_UPDATE = `
  SELECT id, member_program_id AS "memberProgramId", member_city_id AS "memberCityId", partner_city_id AS "partnerCityId",
         member_country_code AS "memberCountryCode", partner_country_code AS "partnerCountryCode", status::text AS status,
         in_force_version AS "inForceVersion", last_changed_at AS "lastChangedAt"
    FROM known_partnerships WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`;

const UPSERT = `
  INSERT INTO known_partnerships (id, member_program_id, member_city_id, partner_city_id, member_country_code,
                                  partner_country_code, status, in_force_version, last_changed_at, updated_at)
  SELECT id, member_program_id, member_city_id, partner_city_id, member_country_code, partner_country_code,
         status, in_force_version, last_changed_at, now()
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::"PartnershipStatus"[],
                $8::int[], $9::timestamptz[])
      AS rows (id, member_program_id, member_city_id, partner_city_id, member_country_code, partner_country_code,
               status, in_force_version, last_changed_at)
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

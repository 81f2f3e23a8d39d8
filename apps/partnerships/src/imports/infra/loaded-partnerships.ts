import type { Prisma } from '@scn-prisma/partnerships';
import type { Outbox } from '@scn/messaging';
import { v7 as uuidv7 } from 'uuid';
import { termsHash } from '../../partnerships/domain/terms-hash';
import type { GazetteerCity } from '../domain/city-matcher';
import type { PartnershipKind } from '../domain/import-row';
import { importedTerms } from '../domain/imported-terms';

/** A partnership a row of the file creates. */
export interface NewPartnership {
  id: string;
  key: string;
  member: GazetteerCity;
  partner: GazetteerCity;
  memberProgramId: string | null;
  kind: PartnershipKind;
  startYear: number | null;
  rowNumber: number;
  /** The row's notes column, kept with the partnership's history line. */
  remarks?: string | null;
}

/** Who loads the rows and how they are announced. */
export interface LoadedBy {
  importId: string;
  /** The account in the history lines and version 1 (who started the import, or who settled the row). */
  actorId: string | null;
  /**
   * false for the rows an import loads (`imported: true`: existing partnerships, announced
   * to nobody); true for a row a person settled later (new to the network: announced as any
   * activation — the event carries no `imported`).
   */
  announce: boolean;
}

/**
 * Loads rows of an import as partnerships, in the caller's transaction — the one way rows
 * become partnerships, whether the import loads them or a person settles them: active,
 * version 1 in force, an `imported` history line (the import and the row), one
 * `partnership.activated.v1` each. A pair that already has an imported partnership (the
 * unique import key: another import, or a person, loaded it meanwhile) is skipped. Returns
 * the ids of the partnerships created.
 */
export async function loadPartnerships(
  tx: Prisma.TransactionClient,
  outbox: Outbox,
  rows: readonly NewPartnership[],
  by: LoadedBy,
  historyDetails: Record<string, unknown> = {},
): Promise<string[]> {
  if (!rows.length) return [];
  const prepared = rows.map((row) => {
    const terms = importedTerms(row.member.name, row.partner.name, row.kind);
    return { row, terms, hash: termsHash(terms) };
  });
  // Set-based SQL: hundreds of rows per statement instead of one round trip each.
  const inserted = await tx.$queryRawUnsafe<Array<{ id: string }>>(
    INSERT_PARTNERSHIPS,
    prepared.map(({ row }) => row.id),
    prepared.map(({ row }) => row.memberProgramId),
    prepared.map(({ row }) => row.member.id),
    prepared.map(({ row }) => row.partner.id),
    prepared.map(({ row }) => row.kind),
    prepared.map(({ row }) => (row.startYear === null ? null : `${row.startYear}-01-01`)),
    prepared.map(({ row }) => row.key),
  );
  const insertedIds = new Set(inserted.map((record) => record.id));
  const created = prepared.filter(({ row }) => insertedIds.has(row.id));
  if (!created.length) return [];
  await tx.$executeRawUnsafe(
    INSERT_VERSIONS,
    created.map(({ row }) => row.id),
    created.map(({ terms }) => JSON.stringify(terms)),
    created.map(({ hash }) => hash),
    by.actorId,
  );
  await tx.$executeRawUnsafe(
    INSERT_CHANGES,
    created.map(() => uuidv7()),
    created.map(({ row }) => row.id),
    created.map(({ row }) => JSON.stringify({ importId: by.importId, rowNumber: row.rowNumber, ...(row.remarks && { notes: row.remarks }), ...historyDetails })),
    by.actorId,
  );
  // One multi-row insert for the batch's events, not a statement each.
  await outbox.addMany(
    tx,
    created.map(({ row, terms, hash }) => ({
      type: 'partnership.activated.v1' as const,
      subject: row.id,
      data: {
        partnershipId: row.id,
        memberProgramId: row.memberProgramId,
        memberCityId: row.member.id,
        partnerCityId: row.partner.id,
        memberCountryCode: row.member.countryCode,
        partnerCountryCode: row.partner.countryCode,
        title: terms.title,
        memberCityName: row.member.name,
        partnerCityName: row.partner.name,
        version: 1,
        termsHash: hash,
        startDate: row.startYear === null ? null : `${row.startYear}-01-01`,
        firstSigning: true,
        // Not news: consumers learn it, nobody is told of it (the import's completion is).
        // A row a person settled is news, announced as any activation: no flag.
        ...(!by.announce && { imported: true }),
      },
    })),
  );
  return created.map(({ row }) => row.id);
}

// Two imports at once: the unique import key keeps one partnership per pair, the other
// import counts the row unchanged (only inserted rows are returned).
const INSERT_PARTNERSHIPS = `
  INSERT INTO partnerships (id, member_program_id, member_city_id, partner_city_id, kind, focus_areas, status,
                            start_date, current_version, in_force_version, import_key, updated_at)
  SELECT id, program, member, partner, kind::"PartnershipKind", '{}', 'active', start, 1, 1, key, now()
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[])
      AS t(id, program, member, partner, kind, start, key)
  ON CONFLICT (import_key) DO NOTHING
  RETURNING id::text AS id`;

const INSERT_VERSIONS = `
  INSERT INTO agreement_versions (partnership_id, version, terms, terms_hash, state, created_by)
  SELECT id, 1, terms::jsonb, hash, 'in_force', $4 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, terms, hash)`;

const INSERT_CHANGES = `
  INSERT INTO partnership_changes (id, partnership_id, actor_id, action, details)
  SELECT id, partnership, $4, 'imported', details::jsonb FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(id, partnership, details)`;

import { EXCHANGE_CATEGORIES, type DirectoryEntry } from '@scn/contracts';

/** A directory entry as the SQL of this folder selects it (`entryColumns`). */
export interface DirectoryEntryRow {
  id: string;
  kind: DirectoryEntry['kind'];
  status: DirectoryEntry['status'];
  start_date: string | null;
  focus_areas: string[] | null;
  m_id: string;
  m_name: string;
  m_cc: string;
  m_rc: string | null;
  p_id: string;
  p_name: string;
  p_cc: string;
  p_rc: string | null;
  mp_id: string | null;
  mp_name: string | null;
}

/**
 * The public columns of a hit row under `alias` (plus the member program, joined as
 * `mp`): never contacts nor terms, which the directory must not show.
 */
export const entryColumns = (alias: string) =>
  [
    `${alias}.id::text AS id`, `${alias}.kind::text AS kind`, `${alias}.status::text AS status`,
    `to_char(${alias}.start_date, 'YYYY-MM-DD') AS start_date`, `${alias}.focus_areas`,
    `${alias}.m_id`, `${alias}.m_name`, `${alias}.m_cc::text AS m_cc`, `${alias}.m_rc`,
    `${alias}.p_id`, `${alias}.p_name`, `${alias}.p_cc::text AS p_cc`, `${alias}.p_rc`,
    'mp.id::text AS mp_id', 'mp.name AS mp_name',
  ].join(', ');

export const MEMBER_PROGRAM_JOIN = (alias: string) => `LEFT JOIN member_programs mp ON mp.id = ${alias}.member_program_id`;

const FOCUS_AREAS = new Set<string>(EXCHANGE_CATEGORIES);

export function toDirectoryEntry(row: DirectoryEntryRow): DirectoryEntry {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    startDate: row.start_date,
    memberCity: { id: row.m_id, name: row.m_name, countryCode: row.m_cc, regionCode: row.m_rc },
    partnerCity: { id: row.p_id, name: row.p_name, countryCode: row.p_cc, regionCode: row.p_rc },
    memberProgram: row.mp_id && row.mp_name !== null ? { id: row.mp_id, name: row.mp_name } : null,
    // Stored focus areas are checked on the way in; anything else is left out rather than failing the page.
    focusAreas: (row.focus_areas ?? []).filter((area): area is DirectoryEntry['focusAreas'][number] => FOCUS_AREAS.has(area)),
  };
}

import type { KnownPartnership } from '@scn-prisma/notifications';
import type { RawSql } from '@scn/platform';
import { partnershipStatusAfter, type Contact, type PartnershipStatus } from '@scn/contracts';
import type { AnyPartnershipEvent } from '../domain/followed-events';

/**
 * Brings known partnerships up to date with their events, and returns each partnership as
 * its event left it (locked for the transaction), in the events' order. The events must be
 * of distinct partnerships (a run of `runsOfDistinctKeys`): a partnership's next event must
 * see what its earlier one wrote. An event older than the last one applied changes nothing:
 * the row stays as the newer event left it. A terminated partnership stays terminated
 * (`partnershipStatusAfter`).
 *
 * Raw SQL, two statements however many events (one lock, one multi-row upsert): every
 * partnership event passes here, 23,702 at an import of the real list, and its handler runs
 * on the `pg` pool a lane's batch at a time (issue #16).
 */
export async function applyPartnershipEvents(tx: RawSql, events: readonly AnyPartnershipEvent[]): Promise<KnownPartnership[]> {
  if (events.length === 0) return [];
  const ids = events.map((event) => event.data.partnershipId.toLowerCase());
  if (new Set(ids).size !== ids.length) throw new Error('applyPartnershipEvents: the events must be of distinct partnerships');
  const locked = await tx.$queryRawUnsafe<KnownPartnership[]>(SELECT_FOR_UPDATE, ids);
  const existing = new Map(locked.map((row) => [row.id.toLowerCase(), row]));

  const changes = events.flatMap((event, index) => {
    const current = existing.get(ids[index]!);
    return current && current.lastChangedAt > new Date(event.time) ? [] : [changeOf(event, current)];
  });
  const saved = new Map<string, KnownPartnership>();
  if (changes.length) {
    const column = <K extends keyof PartnershipChange>(key: K) => changes.map((change) => change[key]);
    const rows = await tx.$queryRawUnsafe<KnownPartnership[]>(
      UPSERT,
      column('id'),
      column('memberProgramId'),
      column('memberCityId'),
      column('partnerCityId'),
      column('memberCountryCode'),
      column('partnerCountryCode'),
      column('status'),
      column('lastChangedAt'),
      column('title'),
      column('memberCityName'),
      column('partnerCityName'),
      column('memberContacts'),
      column('partnerContacts'),
      column('startDate'),
    );
    for (const row of rows) saved.set(row.id.toLowerCase(), row);
  }
  return ids.map((id) => saved.get(id) ?? existing.get(id)!);
}

/** What one event writes of its partnership's row: null where it gives nothing (the row's value stays). */
interface PartnershipChange {
  id: string;
  memberProgramId: string | null;
  memberCityId: string;
  partnerCityId: string;
  memberCountryCode: string;
  partnerCountryCode: string;
  status: PartnershipStatus;
  /** ISO strings, as the other batch writes pass times inside an array parameter. */
  lastChangedAt: string;
  title: string | null;
  memberCityName: string | null;
  partnerCityName: string | null;
  /** JSON text. */
  memberContacts: string | null;
  partnerContacts: string | null;
  startDate: string | null;
}

function changeOf(event: AnyPartnershipEvent, current: KnownPartnership | undefined): PartnershipChange {
  const data = event.data as AnyPartnershipEvent['data'] & Record<string, unknown>;
  const contacts = contactsOf(event);
  // The rules every read model of partnerships shares; unlike the exchanges service, this one
  // keeps a partnership first heard of by an event that sets no status (as proposed), since
  // that event's notices and contacts still matter. The text column holds only statuses written here.
  const status = partnershipStatusAfter(event.type, (current?.status ?? null) as PartnershipStatus | null) ?? 'proposed';
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: data.partnershipId,
    memberProgramId: data.memberProgramId,
    memberCityId: data.memberCityId,
    partnerCityId: data.partnerCityId,
    memberCountryCode: data.memberCountryCode,
    partnerCountryCode: data.partnerCountryCode,
    status,
    lastChangedAt: new Date(event.time).toISOString(),
    title: text(data.title),
    memberCityName: text(data.memberCityName),
    partnerCityName: text(data.partnerCityName),
    memberContacts: contacts.memberContacts ? JSON.stringify(contacts.memberContacts) : null,
    partnerContacts: contacts.partnerContacts ? JSON.stringify(contacts.partnerContacts) : null,
    startDate: event.type === 'partnership.activated.v1' ? text(data.startDate) : null,
  };
}

/** The row as Prisma's `KnownPartnership` (the date as a Date at midnight UTC, as Prisma gives a `@db.Date`). */
const FIELDS = `
  id, member_program_id AS "memberProgramId", member_city_id AS "memberCityId", partner_city_id AS "partnerCityId",
  member_country_code AS "memberCountryCode", partner_country_code AS "partnerCountryCode", title,
  member_city_name AS "memberCityName", partner_city_name AS "partnerCityName", status,
  (start_date::timestamp AT TIME ZONE 'UTC') AS "startDate", member_contacts AS "memberContacts",
  partner_contacts AS "partnerContacts", last_changed_at AS "lastChangedAt", updated_at AS "updatedAt"`;

/** In id order: two replicas locking some of the same partnerships never wait on each other in a cycle. */
const SELECT_FOR_UPDATE = `SELECT ${FIELDS} FROM known_partnerships WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`;

/**
 * Names, contacts and the start date only where the event gives them (null keeps the row's).
 * A partnership not yet known is not locked: if another replica inserted it meanwhile, its
 * row is updated by the same rules, so the contacts are taken from the given rows (a sub-select:
 * the inserted row holds `[]` where none were given, which must not replace the stored ones).
 */
const UPSERT = `
  WITH given AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                         $8::timestamptz[], $9::text[], $10::text[], $11::text[], $12::text[]::jsonb[],
                         $13::text[]::jsonb[], $14::date[])
      AS g (id, member_program_id, member_city_id, partner_city_id, member_country_code, partner_country_code, status,
            last_changed_at, title, member_city_name, partner_city_name, member_contacts, partner_contacts, start_date))
  INSERT INTO known_partnerships AS k (id, member_program_id, member_city_id, partner_city_id, member_country_code,
      partner_country_code, status, last_changed_at, title, member_city_name, partner_city_name, member_contacts,
      partner_contacts, start_date, updated_at)
  SELECT id, member_program_id, member_city_id, partner_city_id, member_country_code, partner_country_code, status,
         last_changed_at, title, member_city_name, partner_city_name, COALESCE(member_contacts, '[]'),
         COALESCE(partner_contacts, '[]'), start_date, now()
    FROM given
  ON CONFLICT (id) DO UPDATE SET
    member_program_id = EXCLUDED.member_program_id, member_city_id = EXCLUDED.member_city_id,
    partner_city_id = EXCLUDED.partner_city_id, member_country_code = EXCLUDED.member_country_code,
    partner_country_code = EXCLUDED.partner_country_code, status = EXCLUDED.status,
    last_changed_at = EXCLUDED.last_changed_at, title = COALESCE(EXCLUDED.title, k.title),
    member_city_name = COALESCE(EXCLUDED.member_city_name, k.member_city_name),
    partner_city_name = COALESCE(EXCLUDED.partner_city_name, k.partner_city_name),
    member_contacts = COALESCE((SELECT g.member_contacts FROM given g WHERE g.id = k.id), k.member_contacts),
    partner_contacts = COALESCE((SELECT g.partner_contacts FROM given g WHERE g.id = k.id), k.partner_contacts),
    start_date = COALESCE(EXCLUDED.start_date, k.start_date), updated_at = now()
  RETURNING ${FIELDS}`;

/** The contacts an event gives: both sides when proposed, one side when changed. */
function contactsOf(event: AnyPartnershipEvent): { memberContacts?: Contact[]; partnerContacts?: Contact[] } {
  const data = event.data as Record<string, unknown>;
  if (event.type === 'partnership.contact-changed.v1') {
    const contacts = data.contacts as Contact[];
    return data.side === 'member' ? { memberContacts: contacts } : { partnerContacts: contacts };
  }
  if (event.type === 'partnership.proposed.v1') {
    return {
      ...(Array.isArray(data.memberContacts) ? { memberContacts: data.memberContacts as Contact[] } : {}),
      ...(Array.isArray(data.partnerContacts) ? { partnerContacts: data.partnerContacts as Contact[] } : {}),
    };
  }
  return {};
}

import type { KnownPartnership } from '@scn-prisma/notifications';
import type { RawSql } from '@scn/platform';
import { partnershipStatusAfter, type Contact, type PartnershipStatus } from '@scn/contracts';
import type { AnyPartnershipEvent } from '../domain/followed-events';

/**
 * Brings the known partnership up to date with one of its events and returns it (locked for
 * the transaction). An event older than the last one applied changes nothing: the row
 * stays as the newer event left it. A terminated partnership stays terminated
 * (`partnershipStatusAfter`).
 *
 * Raw SQL, two statements: every partnership event passes here (23,702 at an import of the
 * real list) and its handler runs on the `pg` pool when it has no notice to plan (issue #16).
 */
export async function applyPartnershipEvent(tx: RawSql, event: AnyPartnershipEvent): Promise<KnownPartnership> {
  const data = event.data as AnyPartnershipEvent['data'] & Record<string, unknown>;
  const time = new Date(event.time);
  const [existing] = await tx.$queryRawUnsafe<KnownPartnership[]>(SELECT_FOR_UPDATE, data.partnershipId);
  if (existing && existing.lastChangedAt > time) return existing;

  const contacts = contactsOf(event);
  // The rules every read model of partnerships shares; unlike the exchanges service, this one
  // keeps a partnership first heard of by an event that sets no status (as proposed), since
  // that event's notices and contacts still matter. The text column holds only statuses written here.
  const current = (existing?.status ?? null) as PartnershipStatus | null;
  const nextStatus = partnershipStatusAfter(event.type, current) ?? 'proposed';
  const startDate = event.type === 'partnership.activated.v1' && typeof data.startDate === 'string' ? data.startDate : null;
  // Names, contacts and the start date only when the event gives them (null keeps the row's).
  const [saved] = await tx.$queryRawUnsafe<KnownPartnership[]>(
    UPSERT,
    data.partnershipId,
    data.memberProgramId,
    data.memberCityId,
    data.partnerCityId,
    data.memberCountryCode,
    data.partnerCountryCode,
    nextStatus,
    time,
    typeof data.title === 'string' ? data.title : null,
    typeof data.memberCityName === 'string' ? data.memberCityName : null,
    typeof data.partnerCityName === 'string' ? data.partnerCityName : null,
    contacts.memberContacts ? JSON.stringify(contacts.memberContacts) : null,
    contacts.partnerContacts ? JSON.stringify(contacts.partnerContacts) : null,
    startDate,
  );
  return saved!;
}

/** The row as Prisma's `KnownPartnership` (the date as a Date at midnight UTC, as Prisma gives a `@db.Date`). */
const FIELDS = `
  id, member_program_id AS "memberProgramId", member_city_id AS "memberCityId", partner_city_id AS "partnerCityId",
  member_country_code AS "memberCountryCode", partner_country_code AS "partnerCountryCode", title,
  member_city_name AS "memberCityName", partner_city_name AS "partnerCityName", status,
  (start_date::timestamp AT TIME ZONE 'UTC') AS "startDate", member_contacts AS "memberContacts",
  partner_contacts AS "partnerContacts", last_changed_at AS "lastChangedAt", updated_at AS "updatedAt"`;

const SELECT_FOR_UPDATE = `SELECT ${FIELDS} FROM known_partnerships WHERE id = $1::uuid FOR UPDATE`;

const UPSERT = `
  INSERT INTO known_partnerships AS k (id, member_program_id, member_city_id, partner_city_id, member_country_code,
      partner_country_code, status, last_changed_at, title, member_city_name, partner_city_name, member_contacts,
      partner_contacts, start_date, updated_at)
  VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7, $8::timestamptz, $9::text, $10::text, $11::text,
      COALESCE($12::jsonb, '[]'), COALESCE($13::jsonb, '[]'), $14::date, now())
  ON CONFLICT (id) DO UPDATE SET
    member_program_id = EXCLUDED.member_program_id, member_city_id = EXCLUDED.member_city_id,
    partner_city_id = EXCLUDED.partner_city_id, member_country_code = EXCLUDED.member_country_code,
    partner_country_code = EXCLUDED.partner_country_code, status = EXCLUDED.status,
    last_changed_at = EXCLUDED.last_changed_at, title = COALESCE($9::text, k.title),
    member_city_name = COALESCE($10::text, k.member_city_name), partner_city_name = COALESCE($11::text, k.partner_city_name),
    member_contacts = COALESCE($12::jsonb, k.member_contacts), partner_contacts = COALESCE($13::jsonb, k.partner_contacts),
    start_date = COALESCE($14::date, k.start_date), updated_at = now()
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

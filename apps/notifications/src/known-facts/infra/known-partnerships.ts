import type { KnownPartnership, Prisma } from '@scn-prisma/notifications';
import { partnershipStatusAfter, type Contact, type PartnershipStatus } from '@scn/contracts';
import type { AnyPartnershipEvent } from '../domain/followed-events';

/**
 * Brings the known partnership up to date with one of its events and returns it (locked for
 * the transaction). An event older than the last one applied changes nothing: the row
 * stays as the newer event left it. A terminated partnership stays terminated
 * (`partnershipStatusAfter`).
 */
export async function applyPartnershipEvent(tx: Prisma.TransactionClient, event: AnyPartnershipEvent): Promise<KnownPartnership> {
  const data = event.data as AnyPartnershipEvent['data'] & Record<string, unknown>;
  const time = new Date(event.time);
  await tx.$executeRawUnsafe(`SELECT 1 FROM known_partnerships WHERE id = $1::uuid FOR UPDATE`, data.partnershipId);
  const existing = await tx.knownPartnership.findUnique({ where: { id: data.partnershipId } });
  if (existing && existing.lastChangedAt > time) return existing;

  const names = {
    ...(typeof data.title === 'string' ? { title: data.title } : {}),
    ...(typeof data.memberCityName === 'string' ? { memberCityName: data.memberCityName } : {}),
    ...(typeof data.partnerCityName === 'string' ? { partnerCityName: data.partnerCityName } : {}),
  };
  const contacts = contactsOf(event);
  // The rules every read model of partnerships shares; unlike the exchanges service, this one
  // keeps a partnership first heard of by an event that sets no status (as proposed), since
  // that event's notices and contacts still matter. The text column holds only statuses written here.
  const current = (existing?.status ?? null) as PartnershipStatus | null;
  const nextStatus = partnershipStatusAfter(event.type, current) ?? 'proposed';
  const startDate =
    event.type === 'partnership.activated.v1' && typeof data.startDate === 'string' ? new Date(`${data.startDate}T00:00:00Z`) : undefined;
  const common = {
    memberProgramId: data.memberProgramId,
    memberCityId: data.memberCityId,
    partnerCityId: data.partnerCityId,
    memberCountryCode: data.memberCountryCode,
    partnerCountryCode: data.partnerCountryCode,
    status: nextStatus,
    lastChangedAt: time,
    ...names,
    ...contacts,
    ...(startDate ? { startDate } : {}),
  };
  return tx.knownPartnership.upsert({ where: { id: data.partnershipId }, create: { id: data.partnershipId, ...common }, update: common });
}

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

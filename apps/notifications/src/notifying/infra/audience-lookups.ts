import type { Prisma } from '@scn-prisma/notifications';
import { isUuid, type RawSql } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { Audience } from '../domain/audience';
import type { ListedPerson, ResolvedRecipient } from '../domain/recipient';
import { RECIPIENT_COLUMNS } from './recipient-columns';

/** The audiences whose people come from the read models named here (not a query of their own). */
export type LookedUpAudience = Exclude<Audience, { kind: 'program-interest' } | { kind: 'everyone' }>;

/** Where a looked-up audience's people come from: the read models, or a dry run noting what it needs. */
interface Source {
  account(accountId: string): ResolvedRecipient | undefined;
  exchangeProgram(id: string): { partnershipId: string; memberProgramId: string | null } | undefined;
  partnership(id: string): KnownPartnershipSides | undefined;
  memberProgramContacts(id: string): Prisma.JsonValue | undefined;
  /** People listed as contacts, made recipients on first use. */
  listed(people: readonly ListedPerson[]): ResolvedRecipient[];
  /** Accounts holding `role` (for `scopeId`, when the role is scoped). */
  holders(role: string, scopeId?: string): ResolvedRecipient[];
}

/**
 * What a batch of audiences needs of the read models, read once for all of them (issue #16:
 * a lane's application events at a matching release — an applicant's account, a nominee's
 * host city and program): at most seven statements, however many audiences. The accounts,
 * exchange programs, partnerships and member programs they name come first; then a dry run
 * of every audience notes the contacts and role grants it will ask for (they depend on the
 * partnerships and programs read), and those are read, the contacts made recipients on first
 * use. Then each audience resolves from what was read, as it would have alone.
 */
export class AudienceLookups {
  private constructor(
    private readonly accounts: ReadonlyMap<string, ResolvedRecipient>,
    private readonly exchangePrograms: ReadonlyMap<string, { partnershipId: string; memberProgramId: string | null }>,
    private readonly partnerships: ReadonlyMap<string, KnownPartnershipSides>,
    private readonly memberPrograms: ReadonlyMap<string, Prisma.JsonValue>,
    private readonly people: ReadonlyMap<string, ResolvedRecipient>,
    private readonly grantHolders: ReadonlyMap<string, ResolvedRecipient[]>,
  ) {}

  static async read(tx: RawSql, audiences: readonly LookedUpAudience[]): Promise<AudienceLookups> {
    const idsOf = <K extends Audience['kind']>(kind: K, id: (audience: Extract<Audience, { kind: K }>) => string | null) =>
      audiences.flatMap((audience) => (audience.kind === kind ? [id(audience as Extract<Audience, { kind: K }>)] : [])).filter(isId);
    const accounts = await readAccounts(tx, idsOf('account', (a) => a.accountId));
    const exchangePrograms = await readExchangePrograms(tx, idsOf('exchange-program', (a) => a.exchangeProgramId));
    const partnerships = await readPartnerships(tx, [
      ...idsOf('partnership', (a) => a.partnershipId),
      ...[...exchangePrograms.values()].map((program) => program.partnershipId),
    ]);
    const memberPrograms = await readMemberPrograms(tx, [
      ...idsOf('member-program', (a) => a.memberProgramId),
      ...audiences.flatMap((a) => (a.kind === 'partnership' && a.sides.includes('member') ? [partnerships.get(a.partnershipId.toLowerCase())?.memberProgramId ?? null] : [])).filter(isId),
    ]);
    // The dry run: what each audience will ask of the contacts and the role grants, in order.
    const lists: ListedPerson[][] = [];
    const grants: string[] = [];
    const noting: Source = {
      account: () => undefined,
      exchangeProgram: (id) => exchangePrograms.get(id.toLowerCase()),
      partnership: (id) => partnerships.get(id.toLowerCase()),
      memberProgramContacts: (id) => memberPrograms.get(id.toLowerCase()),
      listed: (people) => (lists.push([...people]), []),
      holders: (role, scopeId) => (grants.push(grantOf(role, scopeId)), []),
    };
    for (const audience of audiences) peopleOf(audience, noting);
    return new AudienceLookups(accounts, exchangePrograms, partnerships, memberPrograms, await readListed(tx, lists), await readHolders(tx, grants));
  }

  /** The audience's people, each once, from what was read. */
  resolve(audience: LookedUpAudience): ResolvedRecipient[] {
    return peopleOf(audience, {
      account: (accountId) => this.accounts.get(accountId.toLowerCase()),
      exchangeProgram: (id) => this.exchangePrograms.get(id.toLowerCase()),
      partnership: (id) => this.partnerships.get(id.toLowerCase()),
      memberProgramContacts: (id) => this.memberPrograms.get(id.toLowerCase()),
      listed: (people) => uniqueEmails(people).flatMap((email) => this.people.get(email) ?? []),
      holders: (role, scopeId) => this.grantHolders.get(grantOf(role, scopeId)) ?? [],
    });
  }
}

/** An audience's people as `source` gives them (the one description of whom each kind reaches). */
function peopleOf(audience: LookedUpAudience, source: Source): ResolvedRecipient[] {
  switch (audience.kind) {
    case 'account': {
      // Nobody when the account is unknown or disabled.
      const recipient = isUuid(audience.accountId) ? source.account(audience.accountId) : undefined;
      return recipient ? [recipient] : [];
    }
    case 'partnership':
      return partnershipSides(source, audience.partnershipId, audience.sides);
    case 'member-program':
      return memberProgram(source, audience.memberProgramId);
    case 'program-admins':
      return source.holders('program-admin', audience.memberProgramId);
    case 'city-contacts':
      return source.holders('partner-contact', audience.cityId);
    case 'exchange-program': {
      const program = isUuid(audience.exchangeProgramId) ? source.exchangeProgram(audience.exchangeProgramId) : undefined;
      if (!program) return [];
      const admins = program.memberProgramId ? source.holders('program-admin', program.memberProgramId) : [];
      return [...admins, ...partnershipSides(source, program.partnershipId, ['partner'])];
    }
    case 'staff':
      return source.holders('network-staff');
    case 'person':
      return source.listed([{ email: audience.email, name: audience.displayName, language: audience.language }]);
  }
}

function partnershipSides(source: Source, partnershipId: string, sides: ReadonlyArray<'member' | 'partner'>): ResolvedRecipient[] {
  const partnership = isUuid(partnershipId) ? source.partnership(partnershipId) : undefined;
  if (!partnership) return [];
  const found: ResolvedRecipient[] = [];
  if (sides.includes('member')) {
    found.push(...source.listed(contactsOf(partnership.memberContacts)));
    if (partnership.memberProgramId) found.push(...memberProgram(source, partnership.memberProgramId));
  }
  if (sides.includes('partner')) {
    found.push(...source.listed(contactsOf(partnership.partnerContacts)));
    found.push(...source.holders('partner-contact', partnership.partnerCityId));
  }
  return found;
}

/** A member program's admins, and its listed contacts when the program is known. */
function memberProgram(source: Source, memberProgramId: string): ResolvedRecipient[] {
  const admins = source.holders('program-admin', memberProgramId);
  const contacts = isUuid(memberProgramId) ? source.memberProgramContacts(memberProgramId) : undefined;
  return contacts === undefined ? admins : [...admins, ...source.listed(contactsOf(contacts))];
}

/** What reaching a partnership's sides needs of the known partnership. */
interface KnownPartnershipSides {
  memberProgramId: string | null;
  memberContacts: Prisma.JsonValue;
  partnerCityId: string;
  partnerContacts: Prisma.JsonValue;
}

/** The JSON of a role grant held for a scope id, for a `grants @> …` containment test. */
function grantOf(role: string, scopeId?: string): string {
  return JSON.stringify([scopeId === undefined ? { role } : { role, scopeIds: [scopeId] }]);
}

const isId = (id: string | null): id is string => id !== null && isUuid(id);
const unique = (ids: readonly string[]) => [...new Set(ids.map((id) => id.toLowerCase()))];
const uniqueEmails = (people: readonly ListedPerson[]) => [...new Set(people.map(emailOf))];
const emailOf = (person: ListedPerson) => person.email.trim().toLowerCase();

/** Rows keyed by their id (PostgreSQL prints uuids in lower case, as `unique` makes the ids asked). */
async function byId<Row extends { id: string }>(tx: RawSql, sql: string, ids: readonly string[]): Promise<Map<string, Omit<Row, 'id'>>> {
  if (!ids.length) return new Map();
  const rows = await tx.$queryRawUnsafe<Row[]>(sql, unique(ids));
  return new Map(rows.map(({ id, ...row }) => [id, row]));
}

async function readAccounts(tx: RawSql, accountIds: readonly string[]): Promise<Map<string, ResolvedRecipient>> {
  if (!accountIds.length) return new Map();
  // Compared as uuids, so the unique index on account_id answers (a text comparison scans every recipient).
  const found = await tx.$queryRawUnsafe<ResolvedRecipient[]>(
    `SELECT ${RECIPIENT_COLUMNS} FROM recipients r WHERE r.account_id = ANY($1::uuid[]) AND NOT r.disabled`,
    unique(accountIds),
  );
  return new Map(found.map((recipient) => [recipient.accountId!, recipient]));
}

const readExchangePrograms = (tx: RawSql, ids: readonly string[]) =>
  byId<{ id: string; partnershipId: string; memberProgramId: string | null }>(
    tx,
    `SELECT id::text AS id, partnership_id::text AS "partnershipId", member_program_id::text AS "memberProgramId"
       FROM known_exchange_programs WHERE id = ANY($1::uuid[])`,
    ids,
  );

const readPartnerships = (tx: RawSql, ids: readonly string[]) =>
  byId<KnownPartnershipSides & { id: string }>(
    tx,
    `SELECT id::text AS id, member_program_id::text AS "memberProgramId", member_contacts AS "memberContacts",
            partner_city_id AS "partnerCityId", partner_contacts AS "partnerContacts"
       FROM known_partnerships WHERE id = ANY($1::uuid[])`,
    ids,
  );

async function readMemberPrograms(tx: RawSql, ids: readonly string[]): Promise<Map<string, Prisma.JsonValue>> {
  const programs = await byId<{ id: string; contacts: Prisma.JsonValue }>(tx, `SELECT id::text AS id, contacts FROM known_member_programs WHERE id = ANY($1::uuid[])`, ids);
  return new Map([...programs].map(([id, program]) => [id, program.contacts]));
}

/**
 * The people of every contact list as recipients, made on first use (by email, so a
 * contact who is also an account is one person): one insert, one read. A person on several
 * lists is made with the first list's name and language, as when the lists are made one
 * after the other; within one list, its last mention of them.
 */
async function readListed(tx: RawSql, lists: readonly ListedPerson[][]): Promise<Map<string, ResolvedRecipient>> {
  const first = new Map<string, ListedPerson>();
  for (const list of lists) {
    const last = new Map(list.map((person) => [emailOf(person), person]));
    for (const [email, person] of last) if (!first.has(email)) first.set(email, person);
  }
  if (!first.size) return new Map();
  const emails = [...first.keys()];
  await tx.$executeRawUnsafe(
    `INSERT INTO recipients (id, email, display_name, language, updated_at)
     SELECT * , now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT (email) DO NOTHING`,
    emails.map(() => uuidv7()),
    emails,
    emails.map((email) => first.get(email)!.name),
    emails.map((email) => first.get(email)!.language ?? 'en'),
  );
  const found = await tx.$queryRawUnsafe<ResolvedRecipient[]>(`SELECT ${RECIPIENT_COLUMNS} FROM recipients r WHERE r.email = ANY($1::text[]) AND NOT r.disabled`, emails);
  return new Map(found.map((recipient) => [recipient.email, recipient]));
}

/** The accounts holding each grant (`grantOf`), in one query: a containment test per grant, each answered by the grants' index. */
async function readHolders(tx: RawSql, grants: readonly string[]): Promise<Map<string, ResolvedRecipient[]>> {
  const asked = [...new Set(grants)];
  if (!asked.length) return new Map();
  const rows = await tx.$queryRawUnsafe<Array<ResolvedRecipient & { grant: string }>>(
    `SELECT g.asked AS "grant", ${RECIPIENT_COLUMNS}
       FROM unnest($1::text[]) AS g(asked)
       JOIN recipients r ON r.account_id IS NOT NULL AND NOT r.disabled AND r.grants @> g.asked::jsonb
      ORDER BY g.asked, r.id`,
    asked,
  );
  const holders = new Map<string, ResolvedRecipient[]>(asked.map((grant) => [grant, []]));
  for (const { grant, ...recipient } of rows) holders.get(grant)!.push(recipient);
  return holders;
}

/** Contacts stored as JSON on a read model (libs/contracts Contact[]); anything else is ignored. */
function contactsOf(value: Prisma.JsonValue): ListedPerson[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return [];
    const { email, name, language } = item as Record<string, unknown>;
    return typeof email === 'string' && email.includes('@')
      ? [{ email, name: typeof name === 'string' ? name : email, language: typeof language === 'string' ? language : null }]
      : [];
  });
}

import { Injectable } from '@nestjs/common';
import type { Prisma } from '@scn-prisma/notifications';
import { isUuid, type RawSql } from '@scn/platform';
import { v7 as uuidv7 } from 'uuid';
import type { Audience } from '../domain/audience';
import type { ListedPerson, ResolvedRecipient } from '../domain/recipient';
import { RECIPIENT_COLUMNS } from './recipient-columns';

/**
 * Raw SQL only (issue #16): the planner runs in Prisma's transactions and in the `pg` pool's
 * (`sqlOnly` event handlers, as an application's events at a matching release).
 */
type Tx = RawSql;

/** The JSON of a role grant held for a scope id, for a `grants @> …` containment test. */
function grantOf(role: string, scopeId?: string): string {
  return JSON.stringify([scopeId === undefined ? { role } : { role, scopeIds: [scopeId] }]);
}

/**
 * Turns an audience into recipients from the read models. Listed contacts become
 * recipients on first use (keyed by email, so a contact who is also an account is one
 * person). Disabled accounts are left out. The result has each person once.
 */
@Injectable()
export class AudienceResolver {
  async resolve(tx: Tx, audiences: readonly Audience[]): Promise<ResolvedRecipient[]> {
    const [recipients] = await this.resolveMany(tx, [audiences]);
    return recipients ?? [];
  }

  /**
   * The recipients of each list of audiences (one list per request of a batch), each list's
   * people once, in its audiences' order. The `account` audiences of all the lists are read
   * in one query: a batch of application events is mostly those. The other kinds, rare in a
   * batch, are read one audience at a time, in order (so a listed person one request makes
   * is found by the next, as when they are planned one by one).
   */
  async resolveMany(tx: Tx, audienceLists: ReadonlyArray<readonly Audience[]>): Promise<ResolvedRecipient[][]> {
    const accounts = await this.accountRecipients(tx, audienceLists.flat());
    const resolved: ResolvedRecipient[][] = [];
    for (const audiences of audienceLists) {
      const byId = new Map<string, ResolvedRecipient>();
      for (const audience of audiences) {
        for (const recipient of await this.resolveOne(tx, audience, accounts)) byId.set(recipient.id, recipient);
      }
      resolved.push([...byId.values()]);
    }
    return resolved;
  }

  /** The recipients of the `account` audiences, by account id (in lower case, as PostgreSQL prints a uuid). */
  private async accountRecipients(tx: Tx, audiences: readonly Audience[]): Promise<Map<string, ResolvedRecipient>> {
    // Compared as uuids, so the unique index on account_id answers (a text comparison scans
    // every recipient); an id that is no uuid is nobody's.
    const accountIds = new Set(
      audiences.flatMap((audience) => (audience.kind === 'account' && isUuid(audience.accountId) ? [audience.accountId.toLowerCase()] : [])),
    );
    if (!accountIds.size) return new Map();
    const found = await tx.$queryRawUnsafe<ResolvedRecipient[]>(
      `SELECT ${RECIPIENT_COLUMNS} FROM recipients r WHERE r.account_id = ANY($1::uuid[]) AND NOT r.disabled`,
      [...accountIds],
    );
    return new Map(found.map((recipient) => [recipient.accountId!, recipient]));
  }

  private async resolveOne(tx: Tx, audience: Audience, accounts: ReadonlyMap<string, ResolvedRecipient>): Promise<ResolvedRecipient[]> {
    switch (audience.kind) {
      case 'partnership':
        return this.partnershipSides(tx, audience.partnershipId, audience.sides);
      case 'member-program':
        return this.memberProgram(tx, audience.memberProgramId);
      case 'program-admins':
        return this.holdersOf(tx, 'program-admin', audience.memberProgramId);
      case 'city-contacts':
        return this.holdersOf(tx, 'partner-contact', audience.cityId);
      case 'exchange-program':
        return this.exchangeProgram(tx, audience.exchangeProgramId);
      case 'program-interest':
        return tx.$queryRawUnsafe<ResolvedRecipient[]>(
          `SELECT ${RECIPIENT_COLUMNS} FROM program_interests i JOIN recipients r ON r.id = i.recipient_id
            WHERE i.exchange_program_id = $1::uuid AND NOT r.disabled`,
          audience.exchangeProgramId,
        );
      case 'account': {
        // Read beforehand with the batch's other accounts: nobody when unknown or disabled.
        const recipient = accounts.get(audience.accountId.toLowerCase());
        return recipient ? [recipient] : [];
      }
      case 'staff':
        return this.holdersOf(tx, 'network-staff');
      case 'person':
        return this.listed(tx, [{ email: audience.email, name: audience.displayName, language: audience.language }]);
      case 'everyone':
        return tx.$queryRawUnsafe<ResolvedRecipient[]>(`SELECT ${RECIPIENT_COLUMNS} FROM recipients r WHERE NOT r.disabled`);
    }
  }

  private async partnershipSides(tx: Tx, partnershipId: string, sides: ReadonlyArray<'member' | 'partner'>) {
    const [partnership] = await tx.$queryRawUnsafe<PartnershipSides[]>(
      `SELECT member_program_id AS "memberProgramId", member_contacts AS "memberContacts",
              partner_city_id AS "partnerCityId", partner_contacts AS "partnerContacts"
         FROM known_partnerships WHERE id = $1::uuid`,
      partnershipId,
    );
    if (!partnership) return [];
    const found: ResolvedRecipient[] = [];
    if (sides.includes('member')) {
      found.push(...(await this.listed(tx, contactsOf(partnership.memberContacts))));
      if (partnership.memberProgramId) found.push(...(await this.memberProgram(tx, partnership.memberProgramId)));
    }
    if (sides.includes('partner')) {
      found.push(...(await this.listed(tx, contactsOf(partnership.partnerContacts))));
      found.push(...(await this.holdersOf(tx, 'partner-contact', partnership.partnerCityId)));
    }
    return found;
  }

  private async memberProgram(tx: Tx, memberProgramId: string) {
    const [program] = await tx.$queryRawUnsafe<Array<{ contacts: Prisma.JsonValue }>>(
      `SELECT contacts FROM known_member_programs WHERE id = $1::uuid`,
      memberProgramId,
    );
    const admins = await this.holdersOf(tx, 'program-admin', memberProgramId);
    return program ? [...admins, ...(await this.listed(tx, contactsOf(program.contacts)))] : admins;
  }

  private async exchangeProgram(tx: Tx, exchangeProgramId: string) {
    const [program] = await tx.$queryRawUnsafe<Array<{ partnershipId: string; memberProgramId: string | null }>>(
      `SELECT partnership_id AS "partnershipId", member_program_id AS "memberProgramId" FROM known_exchange_programs WHERE id = $1::uuid`,
      exchangeProgramId,
    );
    if (!program) return [];
    const admins = program.memberProgramId ? await this.holdersOf(tx, 'program-admin', program.memberProgramId) : [];
    return [...admins, ...(await this.partnershipSides(tx, program.partnershipId, ['partner']))];
  }

  /** Accounts holding `role` (for `scopeId`, when the role is scoped). */
  private holdersOf(tx: Tx, role: string, scopeId?: string): Promise<ResolvedRecipient[]> {
    return tx.$queryRawUnsafe<ResolvedRecipient[]>(
      `SELECT ${RECIPIENT_COLUMNS} FROM recipients r
        WHERE r.account_id IS NOT NULL AND NOT r.disabled AND r.grants @> $1::jsonb`,
      grantOf(role, scopeId),
    );
  }

  /** Listed people as recipients, made on first use. */
  private async listed(tx: Tx, people: readonly ListedPerson[]): Promise<ResolvedRecipient[]> {
    if (!people.length) return [];
    const unique = new Map(people.map((p) => [p.email.trim().toLowerCase(), p]));
    const emails = [...unique.keys()];
    await tx.$executeRawUnsafe(
      `INSERT INTO recipients (id, email, display_name, language, updated_at)
       SELECT * , now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (email) DO NOTHING`,
      emails.map(() => uuidv7()),
      emails,
      emails.map((email) => unique.get(email)!.name),
      emails.map((email) => unique.get(email)!.language ?? 'en'),
    );
    return tx.$queryRawUnsafe<ResolvedRecipient[]>(
      `SELECT ${RECIPIENT_COLUMNS} FROM recipients r WHERE r.email = ANY($1::text[]) AND NOT r.disabled`,
      emails,
    );
  }
}

/** What reaching a partnership's sides needs of the known partnership. */
interface PartnershipSides {
  memberProgramId: string | null;
  memberContacts: Prisma.JsonValue;
  partnerCityId: string;
  partnerContacts: Prisma.JsonValue;
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

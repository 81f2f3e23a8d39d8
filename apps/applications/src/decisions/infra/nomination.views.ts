import { Prisma, type PrismaClient } from '@scn-prisma/applications';
import type { NominationView } from '@scn/contracts';
import type { Tx } from '../../applications/infra/application.repository';
import type { HostingProgram } from '../domain/nomination-access';

type Db = Tx | PrismaClient;

interface NominationRow {
  application_id: string;
  exchange_program_id: string;
  title: string;
  side: 'member' | 'partner';
  member_city_id: string | null;
  partner_city_id: string | null;
  member_program_id: string | null;
  given_name: string;
  family_name: string;
  birth_date: Date;
  home_city_id: string;
  languages: Array<{ language: string; level: string }>;
  nomination_state: NominationView['status'];
  nomination_decided_at: Date | null;
  nomination_reason: string | null;
}

const SELECT = Prisma.sql`
  SELECT a.id::text AS application_id, k.id::text AS exchange_program_id, k.title, a.nomination_side AS side,
         k.member_city_id, k.partner_city_id, k.member_program_id::text AS member_program_id,
         p.given_name, p.family_name, p.birth_date, p.home_city_id, p.languages,
         a.nomination_state, a.nomination_decided_at, a.nomination_reason, a.season
    FROM applications a
    JOIN known_programs k ON k.id = a.nomination_program_id
    JOIN applicants p ON p.account_id = a.applicant_id`;

/** Nominations as their hosts read them: the participant, the program, the answer. */
export const nominationViews = {
  /** One nomination, with what decides who answers it (its program's member program and partner city) and its season. */
  async one(db: Db, applicationId: string): Promise<{ view: NominationView; hosting: HostingProgram; season: number } | null> {
    const rows = await db.$queryRaw<Array<NominationRow & { season: number }>>`${SELECT} WHERE a.id = ${applicationId}::uuid AND a.nomination_state IS NOT NULL`;
    const row = rows[0];
    return row ? { view: toView(row), hosting: { memberProgramId: row.member_program_id, partnerCityId: row.partner_city_id }, season: row.season } : null;
  },

  /** A page of the nominations the scopes host (null scopes: all), by application id. */
  async page(
    db: Db,
    scopes: { partnerCityIds: string[]; memberProgramIds: string[] } | null,
    filter: { exchangeProgramId?: string; status?: string; after?: string; limit: number },
  ): Promise<NominationView[]> {
    const conditions = [Prisma.sql`a.nomination_state IS NOT NULL`, Prisma.sql`a.status <> 'withdrawn'`];
    if (scopes) {
      conditions.push(Prisma.sql`((a.nomination_side = 'member' AND k.partner_city_id = ANY(${scopes.partnerCityIds}::text[]))
        OR (a.nomination_side = 'partner' AND k.member_program_id = ANY(${scopes.memberProgramIds}::uuid[])))`);
    }
    if (filter.exchangeProgramId) conditions.push(Prisma.sql`a.nomination_program_id = ${filter.exchangeProgramId}::uuid`);
    if (filter.status) conditions.push(Prisma.sql`a.nomination_state = ${filter.status}`);
    if (filter.after) conditions.push(Prisma.sql`a.id > ${filter.after}::uuid`);
    const rows = await db.$queryRaw<NominationRow[]>`${SELECT} WHERE ${Prisma.join(conditions, ' AND ')} ORDER BY a.id LIMIT ${filter.limit}`;
    return rows.map(toView);
  },
};

function toView(row: NominationRow): NominationView {
  return {
    applicationId: row.application_id,
    exchangeProgramId: row.exchange_program_id,
    programTitle: row.title,
    side: row.side,
    hostCityId: row.side === 'member' ? row.partner_city_id : row.member_city_id,
    participant: {
      givenName: row.given_name,
      familyName: row.family_name,
      birthDate: row.birth_date.toISOString().slice(0, 10),
      homeCityId: row.home_city_id,
      languages: row.languages,
    },
    status: row.nomination_state,
    decidedAt: row.nomination_decided_at?.toISOString() ?? null,
    reason: row.nomination_reason,
  };
}

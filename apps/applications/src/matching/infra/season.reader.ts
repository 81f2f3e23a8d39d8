import type { AgreementSide } from '@scn/contracts';
import { ProgramRankings } from '../../review/infra/program-rankings';
import type { Tx } from '../../applications/infra/application.repository';
import type { SeasonApplication, SeasonProgram } from '../domain/season-instance';

/** What a matching run reads of a season, in one transaction (so a commit sees one consistent season). */
export interface SeasonSnapshot {
  applications: SeasonApplication[];
  programs: SeasonProgram[];
}

/** Applications that take part: submitted, or in review (drafts and withdrawn ones do not). */
const TAKING_PART = ['submitted', 'in_review'] as const;

/** Reads a season: its applications that take part with their choices, its running programs with their places and rankings. */
export async function readSeason(tx: Tx, season: number): Promise<SeasonSnapshot> {
  // One statement for the whole season (a Prisma include would bind one parameter per
  // application: past 65,535 of them PostgreSQL refuses the query).
  const choiceRows = await tx.$queryRaw<Array<{ application_id: string; applicant_id: string; exchange_program_id: string; side: AgreementSide }>>`
    SELECT a.id::text AS application_id, a.applicant_id::text AS applicant_id, c.exchange_program_id::text AS exchange_program_id, c.side
      FROM applications a JOIN application_choices c ON c.application_id = a.id
     WHERE a.season = ${season} AND a.status::text = ANY(${[...TAKING_PART]}::text[])
     ORDER BY a.id, c.rank`;
  const programRows = await tx.knownProgram.findMany({
    where: { season, status: { notIn: ['cancelled', 'completed'] } },
    select: { id: true, direction: true, capacityMember: true, capacityPartner: true },
    orderBy: { id: 'asc' },
  });
  const rankings = await ProgramRankings.forPrograms(
    tx,
    programRows.map((row) => row.id),
  );
  return {
    applications: groupChoices(choiceRows),
    programs: programRows.map((row) => ({
      exchangeProgramId: row.id,
      // A one-way program takes no one from the other side, whatever its places say.
      places: { member: row.direction === 'from_partner' ? 0 : row.capacityMember, partner: row.direction === 'to_partner' ? 0 : row.capacityPartner },
      ranking: rankings.get(row.id) ?? [],
    })),
  };
}

/** Rows of (application, choice) in application then rank order, as applications with their ranked choices. */
function groupChoices(rows: ReadonlyArray<{ application_id: string; applicant_id: string; exchange_program_id: string; side: AgreementSide }>): SeasonApplication[] {
  const applications: SeasonApplication[] = [];
  for (const row of rows) {
    let current = applications[applications.length - 1];
    if (current?.applicationId !== row.application_id) {
      current = { applicationId: row.application_id, applicantId: row.applicant_id, choices: [] };
      applications.push(current);
    }
    current.choices.push({ exchangeProgramId: row.exchange_program_id, side: row.side });
  }
  return applications;
}

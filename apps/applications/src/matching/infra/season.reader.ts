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
  const applicationRows = await tx.application.findMany({
    where: { season, status: { in: [...TAKING_PART] } },
    select: { id: true, applicantId: true, choices: { orderBy: { rank: 'asc' }, select: { exchangeProgramId: true, side: true } } },
    orderBy: { id: 'asc' },
  });
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
    applications: applicationRows.map((row) => ({
      applicationId: row.id,
      applicantId: row.applicantId,
      choices: row.choices.map((choice) => ({ exchangeProgramId: choice.exchangeProgramId, side: choice.side as AgreementSide })),
    })),
    programs: programRows.map((row) => ({
      exchangeProgramId: row.id,
      // A one-way program takes no one from the other side, whatever its places say.
      places: { member: row.direction === 'from_partner' ? 0 : row.capacityMember, partner: row.direction === 'to_partner' ? 0 : row.capacityPartner },
      ranking: rankings.get(row.id) ?? [],
    })),
  };
}

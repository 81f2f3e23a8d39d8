import type { ClientBase } from 'pg';
import type { Season } from '../domain/season-instance';

/** Applications that take part: submitted, or in review (drafts and withdrawn ones do not). */
const TAKING_PART = ['submitted', 'in_review'];

interface ApplicationRow {
  id: string;
  applicant_id: string;
  /** Program ids in rank order, comma-separated. */
  programs: string;
  /** One letter per choice: m(ember) or p(artner). */
  sides: string;
  /** Per choice "Σ weighted sums/Σ weights" of its candidacy's counted readings, or "" when not ranked; comma-separated. */
  scores: string;
}

/**
 * Reads a season in two statements (its running programs; its applications that take part,
 * each with its choices and their scores aggregated into one row), in the caller's
 * transaction: a commit reads the season it locked. 100,000 applications come back as
 * 100,000 short rows, parsed without an object per choice.
 */
export async function readSeason(client: ClientBase, season: number): Promise<Season> {
  const programs = await client.query<{ id: string; direction: string | null; capacity_member: number; capacity_partner: number }>(
    `SELECT id::text, direction, capacity_member, capacity_partner FROM known_programs
      WHERE season = $1 AND status NOT IN ('cancelled', 'completed') ORDER BY id`,
    [season],
  );
  // A candidacy ranks only when marked complete and with at least one counted reading (its
  // sums are kept on it as readings are scored); the choice itself says the program is
  // still chosen. Ordered by the uuid's bytes, which is the order of its text form.
  const applications = await client.query<ApplicationRow>(
    `SELECT a.id::text, a.applicant_id::text,
            string_agg(c.exchange_program_id::text, ',' ORDER BY c.rank) AS programs,
            string_agg(CASE WHEN c.side = 'partner' THEN 'p' ELSE 'm' END, '' ORDER BY c.rank) AS sides,
            string_agg(CASE WHEN cd.score_readings > 0 AND cd.score_weight_total > 0 AND cd.completed_at IS NOT NULL
                            THEN cd.score_weighted_sum || '/' || cd.score_weight_total ELSE '' END, ',' ORDER BY c.rank) AS scores
       FROM applications a
       JOIN application_choices c ON c.application_id = a.id
       LEFT JOIN candidacies cd ON cd.application_id = c.application_id AND cd.exchange_program_id = c.exchange_program_id
      WHERE a.season = $1 AND a.status::text = ANY($2::text[])
      GROUP BY a.id
      ORDER BY a.id`,
    [season, TAKING_PART],
  );
  return toSeason(
    programs.rows.map((row) => ({
      id: row.id,
      // A one-way program takes no one from the other side, whatever its places say.
      places: { member: row.direction === 'from_partner' ? 0 : row.capacity_member, partner: row.direction === 'to_partner' ? 0 : row.capacity_partner },
    })),
    applications.rows,
  );
}

/** The rows as a `Season` (exported for its unit test). */
export function toSeason(programs: ReadonlyArray<{ id: string; places: { member: number; partner: number } }>, rows: readonly ApplicationRow[]): Season {
  const programIndex = new Map(programs.map((program, p) => [program.id, p]));
  const choiceStart = new Int32Array(rows.length + 1);
  rows.forEach((row, a) => (choiceStart[a + 1] = choiceStart[a] + row.sides.length));
  const total = choiceStart[rows.length];
  const choiceProgram = new Int32Array(total);
  const choiceSide = new Uint8Array(total);
  const choiceScoreSum = new Float64Array(total);
  const choiceScoreWeight = new Float64Array(total);
  const unknownProgramIds = new Map<number, string>();
  rows.forEach((row, a) => {
    const programIds = row.programs.split(',');
    const scores = row.scores.split(',');
    for (let c = 0; c < programIds.length; c++) {
      const k = choiceStart[a] + c;
      const p = programIndex.get(programIds[c]);
      choiceProgram[k] = p ?? -1;
      if (p === undefined) unknownProgramIds.set(k, programIds[c]);
      choiceSide[k] = row.sides.charCodeAt(c) === 112 /* p */ ? 1 : 0;
      const slash = scores[c].indexOf('/');
      if (slash > 0) {
        choiceScoreSum[k] = Number(scores[c].slice(0, slash));
        choiceScoreWeight[k] = Number(scores[c].slice(slash + 1));
      }
    }
  });
  return {
    applicationIds: rows.map((row) => row.id),
    applicantIds: rows.map((row) => row.applicant_id),
    programIds: programs.map((program) => program.id),
    programCapacity: programs.map((program) => program.places),
    choiceStart,
    choiceProgram,
    choiceSide,
    unknownProgramIds,
    choiceScoreSum,
    choiceScoreWeight,
  };
}

import type { Prisma } from '@scn-prisma/applications';
import type { AssignmentDetailView, AssignmentSummaryView } from '@scn/contracts';
import { knownProgramRepository } from '../../known-programs/infra/known-program.repository';
import type { RequirementsRepository } from '../../requirements/infra/requirements.repository';
import { readerApplicant } from '../domain/reader-view';
import type { RubricCriterion } from '../domain/rubric';
import { readingState } from './candidate.views';
import { readingMaterial } from './reading-material.views';
import type { Db } from './review-db';

type AssignmentRow = Prisma.ReviewAssignmentGetPayload<object>;

/** The readings as their reader sees them (blind where the rubric says so), in the order given. */
export async function assignmentSummaries(db: Db, rows: readonly AssignmentRow[]): Promise<AssignmentSummaryView[]> {
  if (rows.length === 0) return [];
  const programIds = [...new Set(rows.map((row) => row.exchangeProgramId))];
  const applicationIds = [...new Set(rows.map((row) => row.applicationId))];
  const [programs, rubrics, applications] = await Promise.all([
    db.knownProgram.findMany({ where: { id: { in: programIds } }, select: { id: true, title: true } }),
    db.programRubric.findMany({ where: { exchangeProgramId: { in: programIds } }, select: { exchangeProgramId: true, blindFirstRound: true } }),
    db.application.findMany({ where: { id: { in: applicationIds } }, select: { id: true, applicantId: true } }),
  ]);
  const applicants = await db.applicant.findMany({
    where: { accountId: { in: applications.map((row) => row.applicantId) } },
    select: { accountId: true, givenName: true, familyName: true, birthDate: true },
  });
  const titles = new Map(programs.map((row) => [row.id, row.title]));
  const blind = new Map(rubrics.map((row) => [row.exchangeProgramId, row.blindFirstRound]));
  const applicantOf = new Map(applications.map((row) => [row.id, row.applicantId]));
  const people = new Map(applicants.map((row) => [row.accountId, row]));
  return rows.map((row) => {
    const person = people.get(applicantOf.get(row.applicationId) ?? '');
    const identity = {
      applicationId: row.applicationId,
      givenName: person?.givenName ?? '',
      familyName: person?.familyName ?? '',
      birthDate: person?.birthDate.toISOString().slice(0, 10) ?? '',
    };
    return {
      applicationId: row.applicationId,
      exchangeProgramId: row.exchangeProgramId,
      programTitle: titles.get(row.exchangeProgramId) ?? '',
      round: row.round,
      state: readingState(row),
      // A program without a rubric yet is treated as blind: nothing is shown that a blind rubric would hide.
      applicant: readerApplicant(identity, row.round, blind.get(row.exchangeProgramId) ?? true),
      assignedAt: row.assignedAt.toISOString(),
      scoredAt: row.scoredAt?.toISOString() ?? null,
    };
  });
}

/**
 * One reading with what its reader needs to score it: the rubric, the application's choices,
 * the profile's languages and home city, and the material of this program (answers,
 * documents, letters) — none once the reader declared a conflict of interest.
 */
export async function assignmentDetail(db: Db, row: AssignmentRow, requirements: RequirementsRepository): Promise<AssignmentDetailView> {
  const [summary] = await assignmentSummaries(db, [row]);
  const [rubric, application, program] = await Promise.all([
    db.programRubric.findUnique({ where: { exchangeProgramId: row.exchangeProgramId } }),
    db.application.findUniqueOrThrow({ where: { id: row.applicationId }, include: { choices: { orderBy: { rank: 'asc' } } } }),
    knownProgramRepository.findMany(db, [row.exchangeProgramId]).then((programs) => programs.get(row.exchangeProgramId)),
  ]);
  const material =
    row.conflictDeclaredAt || !program
      ? null
      : await readingMaterial(db, await requirements.forProgram(db, program), row.applicationId, row.exchangeProgramId, summary!.applicant.blind);
  const [profile, programs] = await Promise.all([
    db.applicant.findUnique({ where: { accountId: application.applicantId }, select: { homeCityId: true, homeCountryCode: true, languages: true } }),
    db.knownProgram.findMany({ where: { id: { in: application.choices.map((choice) => choice.exchangeProgramId) } }, select: { id: true, title: true } }),
  ]);
  const titles = new Map(programs.map((program) => [program.id, program.title]));
  return {
    ...summary!,
    rubric: rubric ? { criteria: rubric.criteria as unknown as RubricCriterion[], blindFirstRound: rubric.blindFirstRound } : null,
    application: {
      season: application.season,
      status: application.status,
      submittedAt: application.submittedAt?.toISOString() ?? null,
      choices: application.choices.map((choice) => ({ rank: choice.rank, exchangeProgramId: choice.exchangeProgramId, title: titles.get(choice.exchangeProgramId) ?? '' })),
    },
    profile: {
      homeCityId: profile?.homeCityId ?? '',
      homeCountryCode: profile?.homeCountryCode ?? '',
      languages: (profile?.languages ?? []) as unknown as AssignmentDetailView['profile']['languages'],
    },
    material,
    reading: {
      scores: row.scores as Record<string, number> | null,
      comment: row.comment,
      weightedSum: row.weightedSum,
      weightTotal: row.weightTotal,
      conflictDeclaredAt: row.conflictDeclaredAt?.toISOString() ?? null,
      conflictNote: row.conflictNote,
    },
  };
}

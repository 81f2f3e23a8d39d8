import type { Prisma } from '@scn-prisma/applications';
import type { ApplicationView } from '@scn/contracts';
import type { AgreementSide, ApplicationState } from '../domain/application.state';

export const APPLICATION_INCLUDE = { choices: { orderBy: { rank: 'asc' } } } as const satisfies Prisma.ApplicationInclude;
type Row = Prisma.ApplicationGetPayload<{ include: typeof APPLICATION_INCLUDE }>;

export function toApplicationState(row: Row): ApplicationState {
  return {
    id: row.id,
    applicantId: row.applicantId,
    season: row.season,
    status: row.status,
    choices: row.choices.map((choice) => ({ exchangeProgramId: choice.exchangeProgramId, side: choice.side as AgreementSide })),
    submittedAt: row.submittedAt,
    withdrawnAt: row.withdrawnAt,
    withdrawReason: row.withdrawReason,
    withdrawCause: row.withdrawCause as ApplicationState['withdrawCause'],
    placedProgramId: row.placedProgramId,
  };
}

/** The application as its applicant sees it; `titles` names the chosen programs. */
export function toApplicationView(row: Row, titles: ReadonlyMap<string, string>): ApplicationView {
  return {
    id: row.id,
    applicantId: row.applicantId,
    season: row.season,
    status: row.status,
    choices: row.choices.map((choice) => ({
      rank: choice.rank,
      exchangeProgramId: choice.exchangeProgramId,
      title: titles.get(choice.exchangeProgramId) ?? '',
      side: choice.side as AgreementSide,
    })),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawReason: row.withdrawReason,
    revision: row.revision,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

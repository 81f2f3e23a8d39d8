import type { Prisma } from '@scn-prisma/applications';
import { APPLICANT_DATA_FORMAT, type ApplicantDataView } from '@scn/contracts';
import type { ApplicantProfile } from '../../applicants/domain/applicant-profile';
import { applicantView } from '../../applicants/infra/applicant.mapper';
import type { ApplicationRepository, Tx } from '../../applications/infra/application.repository';
import { DOCUMENT_FIELDS, documentView } from '../../documents/infra/document.views';
import { documentDownloadPath, exportedNomination, exportedReferee, visibleHistory } from '../domain/applicant-data';

/** Everything hanging on an application that an export shows (never a document's bytes, never a letter). */
const EXPORT_INCLUDE = {
  changes: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
  answers: { orderBy: { exchangeProgramId: 'asc' } },
  documents: { select: DOCUMENT_FIELDS, orderBy: { requirementKey: 'asc' } },
  recommendations: {
    select: { exchangeProgramId: true, refereeName: true, refereeEmail: true, requestedAt: true, cancelledAt: true, receivedAt: true },
    orderBy: [{ exchangeProgramId: 'asc' }, { requestedAt: 'asc' }],
  },
} satisfies Prisma.ApplicationInclude;

/**
 * Reads, in `tx` (one snapshot), everything the service holds about the account: the
 * profile, and each application as its applicant sees it with its history, answers,
 * documents' descriptions, referees and the nomination.
 */
export async function readApplicantData(
  tx: Tx,
  applications: ApplicationRepository,
  accountId: string,
  profile: (ApplicantProfile & { createdAt: Date; updatedAt: Date }) | null,
  now: Date,
): Promise<ApplicantDataView> {
  const rows = await tx.application.findMany({
    where: { applicantId: accountId },
    include: EXPORT_INCLUDE,
    orderBy: [{ season: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }],
  });
  const exported: ApplicantDataView['applications'] = [];
  for (const row of rows) {
    const view = await applications.view(row.id, tx);
    if (!view) continue;
    exported.push({
      ...view,
      history: visibleHistory(row.changes, accountId, row.decisionReleasedAt !== null),
      answers: row.answers.map((entry) => ({
        exchangeProgramId: entry.exchangeProgramId,
        answers: entry.answers as Record<string, unknown>,
        updatedAt: entry.updatedAt.toISOString(),
      })),
      documents: row.documents.map((document) => ({ ...documentView(document), downloadPath: documentDownloadPath(row.id, document.requirementKey) })),
      referees: row.recommendations.map(exportedReferee),
      nomination: exportedNomination(row),
    });
  }
  return {
    format: APPLICANT_DATA_FORMAT,
    exportedAt: now.toISOString(),
    accountId,
    profile: profile && applicantView(profile),
    applications: exported,
  };
}

import { DOCUMENT_PROBLEMS, type FileDownload } from '@scn/contracts';
import { problemError } from '@scn/platform/errors';
import type { ApplicationFiles } from '../../documents/infra/application-files.store';
import type { ProgramRequirements } from '../../requirements/domain/program-requirements';
import { requiresDocument } from '../domain/reading-material';
import { ReviewErrors } from '../domain/review.errors';
import { receivedLettersOf } from './reading-material.views';
import type { Db } from './review-db';

// The files of a candidacy, put in the object store for the gateway to answer a download
// with (as an applicant's own download does). Who may ask is decided by the handlers.

/**
 * A document the program requires, as uploaded. `showFileName` false (a blind reading)
 * leaves the applicant's file name out of the answer and of the object in transit.
 */
export async function offerCandidacyDocument(
  db: Db,
  files: ApplicationFiles,
  requirements: Pick<ProgramRequirements, 'documents'>,
  candidacy: { applicationId: string; requirementKey: string },
  showFileName: boolean,
): Promise<FileDownload> {
  const { applicationId, requirementKey } = candidacy;
  const notFound = () => problemError(DOCUMENT_PROBLEMS.notFound, `No document uploaded for “${requirementKey}” that this program requires`);
  // Another program's document of the same application is not this reading's material.
  if (!requiresDocument(requirements.documents, requirementKey)) throw notFound();
  const row = await db.applicationDocument.findUnique({ where: { applicationId_requirementKey: { applicationId, requirementKey } } });
  if (!row) throw notFound();
  const fileName = showFileName ? row.fileName : null;
  const objectName = await files.offer(row.content, fileName);
  return { objectName, contentType: row.contentType as FileDownload['contentType'], fileName, size: row.size, sha256: row.sha256 };
}

/** A referee's letter received for this choice (a PDF; named by the gateway, never after the referee). */
export async function offerCandidacyLetter(
  db: Db,
  files: ApplicationFiles,
  candidacy: { applicationId: string; exchangeProgramId: string; recommendationId: string },
): Promise<FileDownload> {
  const { applicationId, exchangeProgramId, recommendationId } = candidacy;
  const row = await db.recommendation.findFirst({
    where: { id: recommendationId, ...receivedLettersOf(applicationId, exchangeProgramId) },
    select: { letter: true, letterSize: true, letterSha256: true },
  });
  if (!row?.letter) throw ReviewErrors.letterNotFound(recommendationId);
  const objectName = await files.offer(row.letter, null);
  return { objectName, contentType: 'application/pdf', fileName: null, size: row.letterSize ?? row.letter.length, sha256: row.letterSha256 ?? '' };
}

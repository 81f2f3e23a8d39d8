import type { ReadingMaterialView } from '@scn/contracts';
import type { ProgramRequirements } from '../../requirements/domain/program-requirements';
import type { Answers } from '../../requirements/domain/questionnaire';
import { readerAnswers, readerDocuments, readerLetters, type UploadedDocument } from '../domain/reading-material';
import type { Db } from './review-db';

/** Letters a reader may read: received, from a referee the applicant still names. */
export function receivedLettersOf(applicationId: string, exchangeProgramId: string) {
  return { applicationId, exchangeProgramId, cancelledAt: null, receivedAt: { not: null }, letter: { not: null } } as const;
}

/**
 * What a reader assesses for one program: the answers to its questionnaire, the documents
 * it requires, the letters received for this choice (metadata only: never the bytes).
 */
export async function readingMaterial(
  db: Db,
  requirements: Pick<ProgramRequirements, 'questions' | 'documents'>,
  applicationId: string,
  exchangeProgramId: string,
  blind: boolean,
): Promise<ReadingMaterialView> {
  const [answers, documents, letters] = await Promise.all([
    db.applicationAnswers.findUnique({ where: { applicationId_exchangeProgramId: { applicationId, exchangeProgramId } }, select: { answers: true } }),
    db.applicationDocument.findMany({
      where: { applicationId, requirementKey: { in: requirements.documents.map((document) => document.key) } },
      select: { requirementKey: true, fileName: true, contentType: true, size: true, uploadedAt: true },
    }),
    db.recommendation.findMany({ where: receivedLettersOf(applicationId, exchangeProgramId), select: { id: true, refereeName: true, receivedAt: true, letterSize: true } }),
  ]);
  return {
    answers: readerAnswers(requirements.questions, (answers?.answers ?? {}) as Answers),
    documents: readerDocuments(requirements.documents, documents as UploadedDocument[], blind),
    letters: readerLetters(
      letters.flatMap((letter) => (letter.receivedAt ? [{ id: letter.id, refereeName: letter.refereeName, receivedAt: letter.receivedAt, size: letter.letterSize ?? 0 }] : [])),
      blind,
    ),
  };
}

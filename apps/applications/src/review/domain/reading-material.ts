import type { DocumentRequirement, Question, ReadingMaterialView } from '@scn/contracts';
import type { Answers } from '../../requirements/domain/questionnaire';

type ReaderAnswer = ReadingMaterialView['answers'][number];
type ReaderDocument = ReadingMaterialView['documents'][number];
type ReaderLetter = ReadingMaterialView['letters'][number];

/**
 * The questionnaire as the reader reads it: every question of the program in its order
 * with the applicant's answer (null when unanswered, so a reader sees what was left out),
 * then any answer to a question the program has since removed (what the applicant gave
 * stays part of what they submitted).
 */
export function readerAnswers(questions: readonly Question[], answers: Answers): ReaderAnswer[] {
  const asked = new Set(questions.map((question) => question.key));
  return [
    ...questions.map((question) => ({ key: question.key, label: question.label, type: question.type, answer: answers[question.key] ?? null })),
    ...Object.keys(answers)
      .filter((key) => !asked.has(key))
      .sort()
      .map((key) => ({ key, label: null, type: null, answer: answers[key] ?? null })),
  ];
}

export interface UploadedDocument {
  requirementKey: string;
  fileName: string | null;
  contentType: ReaderDocument['contentType'];
  size: number;
  uploadedAt: Date;
}

/**
 * The documents this program requires that the applicant uploaded, in the program's order.
 * One upload serves every program requiring its key, so an application may hold documents
 * other programs asked for: those are not this reader's to see. In a blind reading the file
 * name is left out: applicants often name a file after themselves.
 */
export function readerDocuments(required: readonly DocumentRequirement[], uploaded: readonly UploadedDocument[], blind: boolean): ReaderDocument[] {
  const byKey = new Map(uploaded.map((document) => [document.requirementKey, document]));
  return required.flatMap((requirement) => {
    const document = byKey.get(requirement.key);
    if (!document) return [];
    return [
      {
        requirementKey: requirement.key,
        label: requirement.label,
        contentType: document.contentType,
        size: document.size,
        uploadedAt: document.uploadedAt.toISOString(),
        fileName: blind ? null : document.fileName,
      },
    ];
  });
}

export interface ReceivedLetter {
  id: string;
  refereeName: string;
  receivedAt: Date;
  size: number;
}

/**
 * The letters received for this choice, oldest first. In a blind reading the referee is not
 * named: who vouches for an applicant (a parent's colleague, a teacher of a named school)
 * points at who they are, and the blind round is there so that it does not sway the score.
 */
export function readerLetters(letters: readonly ReceivedLetter[], blind: boolean): ReaderLetter[] {
  return [...letters]
    .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id.localeCompare(b.id))
    .map((letter) => ({ recommendationId: letter.id, refereeName: blind ? null : letter.refereeName, receivedAt: letter.receivedAt.toISOString(), size: letter.size }));
}

/** Whether the program requires a document with this key: only those are downloaded from a reading. */
export function requiresDocument(required: readonly DocumentRequirement[], requirementKey: string): boolean {
  return required.some((requirement) => requirement.key === requirementKey);
}

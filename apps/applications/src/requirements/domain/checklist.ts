import type { ChecklistView, FieldViolation } from '@scn/contracts';
import type { ProgramRequirements } from './program-requirements';
import { missingAnswers, type Answers } from './questionnaire';

/** One choice of an application, with what its program requires and what the applicant has given. */
export interface ChoiceProgress {
  rank: number;
  exchangeProgramId: string;
  title: string;
  requirements: ProgramRequirements;
  answers: Answers;
  /** Referees named for this choice (not removed), and of those, letters received. */
  referees: { named: number; received: number };
}

export interface ApplicationProgress {
  /** In rank order. */
  choices: ChoiceProgress[];
  /** Requirement keys with a document uploaded (one upload serves every choice requiring the key). */
  uploadedDocuments: ReadonlySet<string>;
  /** `required`: a minor on some chosen program's travel date; `named`: a guardian is in the profile. */
  guardian: { required: boolean; named: boolean; status: ChecklistView['guardianConsent']['status'] };
}

/** A missing item: which choice and what (`field`), under which submission rule. */
export interface MissingItem extends FieldViolation {
  rule: 'documents' | 'answers' | 'referees' | 'guardian';
}

/**
 * What the applicant must still provide before submitting, per choice: each required
 * document (rule `documents`), each required question unanswered or answered in a way the
 * questionnaire now refuses (`answers`), and referees short of the number required
 * (`referees`). Each carries the params a client words it with: the choice's `title`, the
 * document's or question's `key` and `label`, the referees `required` and `named`. Letters and the guardian's consent are not the applicant's to give: they may
 * arrive after submission. A program without requirements adds nothing.
 */
export function missingForSubmission(progress: Pick<ApplicationProgress, 'choices' | 'uploadedDocuments'>): MissingItem[] {
  const missing: MissingItem[] = [];
  progress.choices.forEach((choice, index) => {
    const at = `choices.${index}`;
    for (const document of choice.requirements.documents) {
      if (!progress.uploadedDocuments.has(document.key)) {
        missing.push({
          field: `${at}.documents.${document.key}`,
          rule: 'documents',
          message: `${choice.title}: upload “${document.label}”`,
          params: { title: choice.title, key: document.key, label: document.label },
        });
      }
    }
    const labels = new Map(choice.requirements.questions.map((question) => [question.key, question.label]));
    for (const key of missingAnswers(choice.requirements.questions, choice.answers)) {
      const label = labels.get(key) ?? key;
      missing.push({ field: `${at}.answers.${key}`, rule: 'answers', message: `${choice.title}: answer “${label}”`, params: { title: choice.title, key, label } });
    }
    const required = choice.requirements.recommendations;
    if (choice.referees.named < required) {
      missing.push({
        field: `${at}.referees`,
        rule: 'referees',
        message: `${choice.title}: name ${required} referee${required === 1 ? '' : 's'} (${choice.referees.named} named)`,
        params: { title: choice.title, required, named: choice.referees.named },
      });
    }
  });
  return missing;
}

/** The checklist of an application: per choice what is there and what is missing, what blocks submission, what is awaited from others. */
export function checklistOf(progress: ApplicationProgress): Omit<ChecklistView, 'applicationId' | 'status'> {
  const missing: FieldViolation[] = missingForSubmission(progress);
  const { guardian } = progress;
  if (guardian.required && !guardian.named) {
    missing.push({ field: 'guardian', rule: 'guardian', message: 'you are a minor on a travel date: name a guardian in your profile' });
  }
  const awaiting: FieldViolation[] = [];
  progress.choices.forEach((choice, index) => {
    const required = choice.requirements.recommendations;
    if (required > 0 && choice.referees.received < required) {
      awaiting.push({
        field: `choices.${index}.referees`,
        rule: 'letters',
        message: `${choice.title}: ${choice.referees.received} of ${required} letters received`,
        params: { title: choice.title, received: choice.referees.received, required },
      });
    }
  });
  if (guardian.required && guardian.named && guardian.status !== 'given') {
    awaiting.push({ field: 'guardian', rule: 'guardian-consent', message: 'your guardian has not consented yet' });
  }
  return {
    readyToSubmit: missing.length === 0,
    choices: progress.choices.map((choice) => {
      const questions = choice.requirements.questions;
      const missingKeys = missingAnswers(questions, choice.answers);
      return {
        rank: choice.rank,
        exchangeProgramId: choice.exchangeProgramId,
        title: choice.title,
        documents: choice.requirements.documents.map((document) => ({ ...document, uploaded: progress.uploadedDocuments.has(document.key) })),
        questions: {
          total: questions.length,
          required: questions.filter((question) => question.required).length,
          answered: questions.filter((question) => choice.answers[question.key] !== undefined && !missingKeys.includes(question.key)).length,
          missing: missingKeys,
        },
        referees: { required: choice.requirements.recommendations, named: choice.referees.named, received: choice.referees.received },
      };
    }),
    guardianConsent: { required: guardian.required, status: guardian.status },
    missing,
    awaiting,
  };
}

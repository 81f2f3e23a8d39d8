import type { DocumentRequirement, Question } from '@scn/contracts';
import type { ProgramRules } from '../../known-programs/domain/known-program';

/** What applying to one program requires beyond eligibility. */
export interface ProgramRequirements {
  documents: DocumentRequirement[];
  questions: Question[];
  recommendations: number;
  /** `program`: set for this program; `default`: derived from its eligibility rules. */
  source: 'program' | 'default';
  updatedAt: Date | null;
}

/**
 * A program's requirements while nobody has set them: the documents its eligibility rules
 * name (the exchanges service's `requiredDocuments`, free text: each becomes a key), no
 * questionnaire, no recommendations. A program without rules requires nothing.
 */
export function defaultRequirements(rules: Pick<ProgramRules, 'requiredDocuments'> | null): ProgramRequirements {
  const taken = new Set<string>();
  const documents = (rules?.requiredDocuments ?? []).map((label) => {
    const base = keyOf(label);
    let key = base;
    for (let n = 2; taken.has(key); n += 1) key = `${base.slice(0, 60)}-${n}`;
    taken.add(key);
    return { key, label: label.trim().slice(0, 200) || key };
  });
  return { documents, questions: [], recommendations: 0, source: 'default', updatedAt: null };
}

/** A key from a label: lower-case ASCII letters and digits, hyphens between words (`Passport copy` → `passport-copy`). */
export function keyOf(label: string): string {
  const key = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return key || 'document';
}

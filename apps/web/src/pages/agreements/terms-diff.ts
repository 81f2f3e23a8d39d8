import { diffWords } from 'diff';
import type { components } from '../../api/api-types.generated';

export type AgreementTerms = components['schemas']['AgreementTerms'];

/** How the terms' fields read in the viewer's language (the page passes its messages). */
export interface TermsWording {
  title: string;
  kind: (kind: AgreementTerms['kind']) => string;
  focusAreas: (areas: AgreementTerms['focusAreas']) => string;
  duration: (years: number | undefined) => string;
  commitments: string;
  text: string;
  /** A label before its value, with the language's punctuation ("Titre :" in French). */
  labelled: (label: string) => string;
}

/**
 * The terms as the lines a person reads, one field after another, so that two versions
 * compare field by field: a changed commitment shows under "Commitments", not as JSON.
 */
export function termsAsText(terms: AgreementTerms, wording: TermsWording): string {
  const lines = [
    `${wording.labelled(wording.title)} ${terms.title}`,
    wording.kind(terms.kind),
    wording.focusAreas(terms.focusAreas),
    wording.duration(terms.durationYears),
    wording.labelled(wording.commitments),
    ...terms.commitments.map((commitment) => `• ${commitment}`),
    wording.labelled(wording.text),
    terms.text,
  ];
  return lines.join('\n');
}

export interface DiffPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * What changed from one version's text to another's, word by word (the `diff` package):
 * a changed word in a long memorandum is found without marking its whole paragraph.
 */
export function diffTerms(older: string, newer: string): DiffPart[] {
  return diffWords(older, newer).map((part) => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}

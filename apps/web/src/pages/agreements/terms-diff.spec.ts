import { diffTerms, termsAsText, type AgreementTerms, type TermsWording } from './terms-diff';

const wording: TermsWording = {
  title: 'Title',
  kind: (kind) => `Kind: ${kind}`,
  focusAreas: (areas) => `Focus areas: ${areas.join(', ')}`,
  duration: (years) => (years === undefined ? 'Duration: open-ended' : `Duration: ${years} years`),
  commitments: 'Commitments',
  text: 'Text',
  labelled: (label) => `${label}:`,
};
const v1: AgreementTerms = { title: 'Sister cities', kind: 'sister_city', focusAreas: ['youth-education'], text: 'We agree to meet every year.', commitments: ['Two exchanges a year'] };
const v2: AgreementTerms = { ...v1, text: 'We agree to meet every second year.', commitments: ['Two exchanges a year', 'A joint festival'], durationYears: 5 };

describe('comparing two versions of the terms', () => {
  it('reads the terms field by field, in the viewer’s words', () => {
    expect(termsAsText(v2, wording).split('\n')).toEqual([
      'Title: Sister cities',
      'Kind: sister_city',
      'Focus areas: youth-education',
      'Duration: 5 years',
      'Commitments:',
      '• Two exchanges a year',
      '• A joint festival',
      'Text:',
      'We agree to meet every second year.',
    ]);
  });

  it('marks the words added and removed, and keeps the rest as it was', () => {
    const parts = diffTerms(termsAsText(v1, wording), termsAsText(v2, wording));
    const added = parts.filter((part) => part.change === 'added').map((part) => part.text.trim());
    const removed = parts.filter((part) => part.change === 'removed').map((part) => part.text.trim());
    expect(added.join(' ')).toContain('5 years');
    expect(added.join(' ')).toContain('A joint festival');
    expect(added.join(' ')).toContain('second');
    expect(removed.join(' ')).toContain('open-ended');
    // Put back together, the old parts give the old text and the new parts the new one.
    expect(parts.filter((part) => part.change !== 'added').map((part) => part.text).join('')).toBe(termsAsText(v1, wording));
    expect(parts.filter((part) => part.change !== 'removed').map((part) => part.text).join('')).toBe(termsAsText(v2, wording));
  });

  it('finds nothing to mark between equal terms', () => {
    expect(diffTerms(termsAsText(v1, wording), termsAsText(v1, wording)).every((part) => part.change === 'same')).toBe(true);
  });
});

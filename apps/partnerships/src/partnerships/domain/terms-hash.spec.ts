import { agreementTermsSchema } from '@scn/contracts';
import { termsHash } from './terms-hash';

const terms = agreementTermsSchema.parse({ title: 'Friendship', kind: 'sister_city', focusAreas: ['arts-culture', 'youth-education'], text: 'We agree.' });

describe(termsHash.name, () => {
  it('is the SHA-256 of the canonical form, whatever the key order or focus-area order', () => {
    const reordered = { text: terms.text, focusAreas: ['youth-education', 'arts-culture'] as const, kind: terms.kind, title: terms.title, commitments: [] };
    expect(termsHash(terms)).toMatch(/^[0-9a-f]{64}$/);
    expect(termsHash(agreementTermsSchema.parse(reordered))).toBe(termsHash(terms));
  });

  it('changes with any change of content', () => {
    expect(termsHash({ ...terms, text: 'We agree!' })).not.toBe(termsHash(terms));
    expect(termsHash({ ...terms, durationYears: 5 })).not.toBe(termsHash(terms));
  });
});

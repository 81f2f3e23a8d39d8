import type { Question } from '@scn/contracts';
import { readerAnswers, readerDocuments, readerLetters, requiresDocument } from './reading-material';

const questions: Question[] = [
  { key: 'motivation', label: 'Why this exchange?', type: 'long-text', required: true },
  { key: 'instrument', label: 'Your instrument', type: 'text', required: false },
];
const uploadedAt = new Date('2027-01-10T09:00:00.000Z');
const passport = { requirementKey: 'passport', fileName: 'ana-example-passport.pdf', contentType: 'application/pdf' as const, size: 120, uploadedAt };
const photo = { requirementKey: 'photo', fileName: 'ana.png', contentType: 'image/png' as const, size: 80, uploadedAt };

describe(readerAnswers.name, () => {
  it('lists every question in the program’s order, unanswered ones as null, then answers to questions since removed', () => {
    expect(readerAnswers(questions, { motivation: 'Music', retired: true })).toEqual([
      { key: 'motivation', label: 'Why this exchange?', type: 'long-text', answer: 'Music' },
      { key: 'instrument', label: 'Your instrument', type: 'text', answer: null },
      { key: 'retired', label: null, type: null, answer: true },
    ]);
  });
});

describe(readerDocuments.name, () => {
  it('shows only what this program requires and the applicant uploaded, in the program’s order', () => {
    const required = [
      { key: 'photo', label: 'Photo' },
      { key: 'passport', label: 'Passport copy' },
      { key: 'transcript', label: 'Transcript' },
    ];
    const unrelated = { ...passport, requirementKey: 'other-programs-form' };
    expect(readerDocuments(required, [passport, photo, unrelated], false).map((document) => [document.requirementKey, document.label, document.fileName])).toEqual([
      ['photo', 'Photo', 'ana.png'],
      ['passport', 'Passport copy', 'ana-example-passport.pdf'],
    ]);
  });

  it('leaves out file names in a blind reading', () => {
    const [shown] = readerDocuments([{ key: 'passport', label: 'Passport copy' }], [passport], true);
    expect(shown).toEqual({ requirementKey: 'passport', label: 'Passport copy', contentType: 'application/pdf', size: 120, uploadedAt: uploadedAt.toISOString(), fileName: null });
  });
});

describe(readerLetters.name, () => {
  const letters = [
    { id: '0193c1d2-7f00-7000-8000-000000000002', refereeName: 'Dr. Smith', receivedAt: new Date('2027-01-12T00:00:00Z'), size: 300 },
    { id: '0193c1d2-7f00-7000-8000-000000000001', refereeName: 'Ms. Jones', receivedAt: new Date('2027-01-11T00:00:00Z'), size: 200 },
  ];

  it('lists letters oldest first with their referee', () => {
    expect(readerLetters(letters, false).map((letter) => letter.refereeName)).toEqual(['Ms. Jones', 'Dr. Smith']);
  });

  it('names no referee in a blind reading', () => {
    expect(readerLetters(letters, true).every((letter) => letter.refereeName === null)).toBe(true);
  });
});

describe(requiresDocument.name, () => {
  it('answers by the program’s own requirement keys', () => {
    expect(requiresDocument([{ key: 'passport', label: 'Passport' }], 'passport')).toBe(true);
    expect(requiresDocument([{ key: 'passport', label: 'Passport' }], 'photo')).toBe(false);
  });
});

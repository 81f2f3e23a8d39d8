import { readerApplicantName } from './reviewer-queries';

describe('the applicant as a reader sees them', () => {
  it('shows only the anonymous label in a blind round, even were a name sent', () => {
    expect(readerApplicantName({ blind: true, label: 'Applicant 7F3A', givenName: 'Ana', familyName: 'Lima', birthDate: null })).toBe('Applicant 7F3A');
  });

  it('shows the name in an open round, the label when there is none', () => {
    expect(readerApplicantName({ blind: false, label: 'Applicant 7F3A', givenName: 'Ana', familyName: 'Lima', birthDate: '2008-01-01' })).toBe('Ana Lima');
    expect(readerApplicantName({ blind: false, label: 'Applicant 7F3A', givenName: null, familyName: null, birthDate: null })).toBe('Applicant 7F3A');
  });
});

import { anonymousLabel, readerApplicant } from './reader-view';

const identity = { applicationId: '0193c1d2-7f00-7000-8000-00000a1b2c3d', givenName: 'Ana', familyName: 'Example', birthDate: '2010-01-01' };

describe(readerApplicant.name, () => {
  it('hides name and birth date in the first round of a blind rubric, behind an anonymous label', () => {
    const view = readerApplicant(identity, 1, true);
    expect(view).toEqual({ blind: true, label: 'Applicant 1B2C3D', givenName: null, familyName: null, birthDate: null });
    expect(view.label).toBe(anonymousLabel(identity.applicationId));
    expect(JSON.stringify(view)).not.toMatch(/Ana|Example|2010/);
  });

  it('shows them in round 2, and in every round of a rubric that is not blind', () => {
    const open = { blind: false, label: 'Ana Example', givenName: 'Ana', familyName: 'Example', birthDate: '2010-01-01' };
    expect(readerApplicant(identity, 2, true)).toEqual(open);
    expect(readerApplicant(identity, 1, false)).toEqual(open);
  });

  it('labels an application by its id alone: stable, naming nobody', () => {
    expect(anonymousLabel(identity.applicationId)).toBe('Applicant 1B2C3D');
    expect(anonymousLabel(identity.applicationId)).toBe(anonymousLabel(identity.applicationId));
  });
});

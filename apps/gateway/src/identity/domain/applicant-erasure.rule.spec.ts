import { applicantErasureStep, erasedEmail, isErased } from './applicant-erasure.rule';

const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const account = (roles: string[], email = 'lucia@example.org') => ({ id, email, grants: roles.map((role) => ({ role, scopeId: '' })) });

describe(applicantErasureStep.name, () => {
  it('erases an account holding nothing but the applicant role (or nothing at all)', () => {
    expect(applicantErasureStep(account(['applicant']))).toBe('erase');
    expect(applicantErasureStep(account([]))).toBe('erase');
  });

  it('only drops the applicant grant of an account holding other grants too', () => {
    for (const other of ['network-staff', 'program-admin', 'reviewer', 'partner-contact']) {
      expect(applicantErasureStep(account(['applicant', other]))).toBe('drop-applicant-role');
    }
  });

  it('does nothing a second time', () => {
    expect(applicantErasureStep(account([], erasedEmail(id)))).toBe('nothing');
    expect(applicantErasureStep(account(['reviewer']))).toBe('nothing');
  });
});

describe(erasedEmail.name, () => {
  it('is unique per account, under the reserved .invalid domain, and marks the account erased', () => {
    expect(erasedEmail(id)).toBe(`erased-${id}@erased.invalid`);
    expect(isErased({ id, email: erasedEmail(id) })).toBe(true);
    expect(isErased({ id, email: erasedEmail('0190a1b2-c3d4-7e5f-8a9b-000000000000') })).toBe(false);
    expect(isErased({ id, email: 'lucia@example.org' })).toBe(false);
  });
});

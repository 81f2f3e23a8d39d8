import { maskedEmail } from './masked-email';

describe(maskedEmail.name, () => {
  it('keeps the first letter and the domain only', () => {
    expect(maskedEmail('ada.lovelace@example.org')).toBe('a•••@example.org');
    expect(maskedEmail('x@example.org')).toBe('x•••@example.org');
    expect(maskedEmail('not-an-address')).toBe('•••');
  });
});

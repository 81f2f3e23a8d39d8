import { stillReadable } from './reading-access';

describe(stillReadable.name, () => {
  it('keeps applications in review, and decided ones (their readings stay readable)', () => {
    for (const status of ['submitted', 'in_review', 'accepted', 'confirmed'] as const) expect(stillReadable({ status, erasedAt: null })).toBe(true);
  });

  it('drops a withdrawn application, and an erased one whatever its status', () => {
    expect(stillReadable({ status: 'withdrawn', erasedAt: null })).toBe(false);
    expect(stillReadable({ status: 'confirmed', erasedAt: new Date('2027-01-01T00:00:00Z') })).toBe(false);
  });
});

import { isInGoodStanding } from './good-standing';

describe(isInGoodStanding.name, () => {
  const midYear = new Date('2026-06-15T12:00:00Z');

  it('holds for a member paid through this year or later', () => {
    expect(isInGoodStanding({ membership: 'member', duesPaidThrough: 2026 }, midYear)).toBe(true);
    expect(isInGoodStanding({ membership: 'member', duesPaidThrough: 2030 }, midYear)).toBe(true);
  });

  it('fails for a member whose dues are behind or never paid', () => {
    expect(isInGoodStanding({ membership: 'member', duesPaidThrough: 2025 }, midYear)).toBe(false);
    expect(isInGoodStanding({ membership: 'member', duesPaidThrough: null }, midYear)).toBe(false);
  });

  it.each(['lapsed', 'withdrawn'] as const)('fails for a %s program even with dues paid ahead', (membership) => {
    expect(isInGoodStanding({ membership, duesPaidThrough: 2030 }, midYear)).toBe(false);
  });

  it('lapses at the turn of the year in UTC, whatever the local time zone', () => {
    const paid = { membership: 'member', duesPaidThrough: 2026 } as const;
    expect(isInGoodStanding(paid, new Date('2026-12-31T23:59:59.999Z'))).toBe(true);
    expect(isInGoodStanding(paid, new Date('2027-01-01T00:00:00.000Z'))).toBe(false);
    // Still Dec 31 in Honolulu, already Jan 1 in UTC: UTC decides.
    expect(isInGoodStanding(paid, new Date('2026-12-31T20:00:00-10:00'))).toBe(false);
  });
});

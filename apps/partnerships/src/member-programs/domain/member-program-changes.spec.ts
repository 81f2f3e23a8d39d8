import { changedFields, staffOnlyFieldsIn, standingChanged, type MemberProgramFields } from './member-program-changes';

const program: MemberProgramFields = {
  name: 'Sister Cities of Springfield',
  contacts: [{ name: 'Ada', email: 'ada@example.org', role: 'chair' }],
  website: 'https://example.org',
  membership: 'member',
  duesPaidThrough: 2026,
};
const now = new Date('2026-03-01T00:00:00Z');

describe(changedFields.name, () => {
  it('lists only the fields whose value differs, in a stable order', () => {
    expect(
      changedFields(program, {
        website: null,
        name: 'Springfield SCA',
        membership: 'member',
      }),
    ).toEqual(['name', 'website']);
  });

  it('finds nothing in a patch that repeats the current values', () => {
    expect(changedFields(program, { ...program })).toEqual([]);
    expect(changedFields(program, {})).toEqual([]);
  });

  it('compares contacts by content, not by key order', () => {
    const reordered = [{ role: 'chair', email: 'ada@example.org', name: 'Ada' }];
    expect(changedFields(program, { contacts: reordered })).toEqual([]);
    expect(
      changedFields(program, {
        contacts: [...reordered, { name: 'Bo', email: 'bo@example.org' }],
      }),
    ).toEqual(['contacts']);
  });

  it('sees clearing the dues as a change', () => {
    expect(changedFields(program, { duesPaidThrough: null })).toEqual(['duesPaidThrough']);
  });
});

describe(staffOnlyFieldsIn.name, () => {
  it('names membership and dues when sent, even unchanged or null', () => {
    expect(
      staffOnlyFieldsIn({
        name: 'x',
        membership: 'member',
        duesPaidThrough: null,
      }),
    ).toEqual(['membership', 'duesPaidThrough']);
    expect(staffOnlyFieldsIn({ name: 'x', contacts: [], website: null })).toEqual([]);
  });
});

describe(standingChanged.name, () => {
  it('is true when dues bring a program into good standing or let it lapse', () => {
    expect(standingChanged({ ...program, duesPaidThrough: 2025 }, program, now)).toBe(true);
    expect(standingChanged(program, { ...program, duesPaidThrough: null }, now)).toBe(true);
  });

  it('is false when dues move but standing stays', () => {
    expect(standingChanged(program, { ...program, duesPaidThrough: 2030 }, now)).toBe(false);
    expect(standingChanged({ ...program, duesPaidThrough: 2020 }, { ...program, duesPaidThrough: 2024 }, now)).toBe(false);
  });

  it('is true whenever the membership changes, even between two states out of good standing', () => {
    const lapsed = { ...program, membership: 'lapsed' as const };
    expect(standingChanged(lapsed, { ...program, membership: 'withdrawn' }, now)).toBe(true);
  });

  it('ignores changes that have nothing to do with standing', () => {
    expect(standingChanged(program, { ...program, name: 'other', contacts: [] }, now)).toBe(false);
  });
});

import { grantsFromRows, rowsFromGrants } from './account-grants';

describe(grantsFromRows.name, () => {
  it('folds rows into one grant per role with sorted scope ids, and back', () => {
    const rows = [
      { role: 'program-admin', scopeId: 'b' },
      { role: 'network-staff', scopeId: '' },
      { role: 'program-admin', scopeId: 'a' },
    ];
    const grants = grantsFromRows(rows);
    expect(grants).toEqual([
      { role: 'network-staff', scopeIds: [] },
      { role: 'program-admin', scopeIds: ['a', 'b'] },
    ]);
    expect(rowsFromGrants(grants)).toEqual([
      { role: 'network-staff', scopeId: '' },
      { role: 'program-admin', scopeId: 'a' },
      { role: 'program-admin', scopeId: 'b' },
    ]);
  });

  it('ignores rows of roles that no longer exist', () => {
    expect(grantsFromRows([{ role: 'emperor', scopeId: '' }])).toEqual([]);
  });
});

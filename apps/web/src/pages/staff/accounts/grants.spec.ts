import { setScope, toggleRole, type Grant } from './grants';

describe('editing role grants', () => {
  it('adds a role without scope and removes it again', () => {
    const on = toggleRole([{ role: 'network-staff', scopeIds: [] }], 'program-admin', true);
    expect(on).toEqual([
      { role: 'network-staff', scopeIds: [] },
      { role: 'program-admin', scopeIds: [] },
    ]);
    expect(toggleRole(on, 'network-staff', false)).toEqual([{ role: 'program-admin', scopeIds: [] }]);
  });

  it("replaces only that role's scope, each id once", () => {
    const grants: Grant[] = [
      { role: 'program-admin', scopeIds: ['a'] },
      { role: 'partner-contact', scopeIds: ['gn:1'] },
    ];
    expect(setScope(grants, 'program-admin', ['a', 'b', 'a'])).toEqual([
      { role: 'program-admin', scopeIds: ['a', 'b'] },
      { role: 'partner-contact', scopeIds: ['gn:1'] },
    ]);
  });
});

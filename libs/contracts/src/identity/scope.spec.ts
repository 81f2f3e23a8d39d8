import type { CallerIdentity } from './roles';
import { coversEverything, coversResource, holdsRole } from './scope';

const caller = (grants: CallerIdentity['grants'], accountId = 'me'): CallerIdentity => ({ accountId, email: 'x@test.scn', grants });

describe(coversResource.name, () => {
  const admin = caller([{ role: 'program-admin', scopeIds: ['A', 'C'] }]);

  it('covers a resource of one of the programs a program admin holds', () => {
    expect(coversResource(admin, ['program-admin'], { 'member-program': ['B', 'C'] })).toBe(true);
  });

  it.each([
    ['another program', { 'member-program': ['B'] }],
    ['a resource without program', {}],
    ['a resource whose program is unknown', { 'member-program': [null, undefined] }],
    ['a partner city of the same id', { 'partner-city': ['A'] }],
  ])('does not cover %s', (_case, scope) => {
    expect(coversResource(admin, ['program-admin'], scope)).toBe(false);
  });

  it('ignores grants of roles the route does not allow', () => {
    expect(coversResource(admin, ['reviewer'], { 'member-program': ['A'] })).toBe(false);
  });

  it('covers an applicant’s own resources only', () => {
    const applicant = caller([{ role: 'applicant', scopeIds: [] }], 'acc-1');
    expect(coversResource(applicant, ['applicant'], { self: ['acc-1'] })).toBe(true);
    expect(coversResource(applicant, ['applicant'], { self: ['acc-2'] })).toBe(false);
  });

  it('covers everything for staff', () => {
    const staff = caller([{ role: 'network-staff', scopeIds: [] }]);
    expect(coversResource(staff, ['network-staff'], {})).toBe(true);
    expect(coversEverything(staff, ['network-staff', 'program-admin'])).toBe(true);
    expect(coversEverything(staff, ['program-admin'])).toBe(false);
    expect(coversEverything(admin, ['program-admin'])).toBe(false);
  });

  it('passes when any of several grants covers the resource', () => {
    const both = caller([
      { role: 'reviewer', scopeIds: ['E1'] },
      { role: 'partner-contact', scopeIds: ['P'] },
    ]);
    expect(coversResource(both, ['reviewer', 'partner-contact'], { 'partner-city': ['P'], 'exchange-program': ['E2'] })).toBe(true);
    expect(holdsRole(both, ['applicant'])).toBe(false);
  });
});

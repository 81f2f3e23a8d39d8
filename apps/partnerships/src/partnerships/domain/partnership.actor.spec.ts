import { actorFor, canSee, visibilityOf } from './partnership.actor';

const parties = { memberProgramId: 'program-a', partnerCityId: 'gn:2' };
const caller = (grants: Array<{ role: 'network-staff' | 'program-admin' | 'partner-contact' | 'applicant'; scopeIds: string[] }>) => ({
  accountId: 'acct-1',
  email: 'a@test.scn',
  grants,
});

describe(actorFor.name, () => {
  it('lets staff act for both sides', () => {
    const sut = actorFor(caller([{ role: 'network-staff', scopeIds: [] }]), parties);
    expect(sut).toEqual({ accountId: 'acct-1', staff: true, sides: new Set(['member', 'partner']) });
  });

  it('lets a program admin act for the member side of its own programs only', () => {
    expect([...actorFor(caller([{ role: 'program-admin', scopeIds: ['program-a'] }]), parties).sides]).toEqual(['member']);
    expect(actorFor(caller([{ role: 'program-admin', scopeIds: ['program-b'] }]), parties).sides.size).toBe(0);
    expect(actorFor(caller([{ role: 'program-admin', scopeIds: ['program-a'] }]), { ...parties, memberProgramId: null }).sides.size).toBe(0);
  });

  it('lets a partner contact act for the partner side of its city only', () => {
    expect([...actorFor(caller([{ role: 'partner-contact', scopeIds: ['gn:2'] }]), parties).sides]).toEqual(['partner']);
    expect(actorFor(caller([{ role: 'partner-contact', scopeIds: ['gn:9'] }]), parties).sides.size).toBe(0);
  });

  it('gives other roles and anonymous callers no side, so they cannot see the partnership', () => {
    expect(canSee(actorFor(caller([{ role: 'applicant', scopeIds: [] }]), parties))).toBe(false);
    expect(canSee(actorFor(undefined, parties))).toBe(false);
    expect(canSee(actorFor(caller([{ role: 'partner-contact', scopeIds: ['gn:2'] }]), parties))).toBe(true);
  });
});

describe(visibilityOf.name, () => {
  it('collects the programs and partner cities of the caller’s grants', () => {
    const sut = visibilityOf(
      caller([
        { role: 'program-admin', scopeIds: ['p1', 'p2'] },
        { role: 'partner-contact', scopeIds: ['gn:5'] },
      ]),
    );
    expect(sut).toEqual({ all: false, memberProgramIds: ['p1', 'p2'], partnerCityIds: ['gn:5'] });
    expect(visibilityOf(caller([{ role: 'network-staff', scopeIds: [] }])).all).toBe(true);
  });
});

import { applyPartnershipFact } from './apply-partnership-fact';
import type { FollowedPartnershipEvent, KnownPartnershipState, PartnershipFact } from './known-partnership';

const ID = '0192f000-0000-7000-8000-000000000001';
const PROGRAM = '0192f000-0000-7000-8000-000000000002';
const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 10, minute));
const fact = (event: FollowedPartnershipEvent, minute: number, extra: Partial<PartnershipFact> = {}): PartnershipFact => ({
  event,
  time: at(minute),
  partnershipId: ID,
  memberProgramId: PROGRAM,
  memberCityId: 'gn:1',
  partnerCityId: 'gn:2',
  memberCountryCode: 'FR',
  partnerCountryCode: 'DE',
  ...extra,
});
const known = (status: KnownPartnershipState['status'], minute: number, extra: Partial<KnownPartnershipState> = {}): KnownPartnershipState => ({
  id: ID,
  memberProgramId: PROGRAM,
  memberCityId: 'gn:1',
  partnerCityId: 'gn:2',
  memberCountryCode: 'FR',
  partnerCountryCode: 'DE',
  status,
  inForceVersion: status === 'proposed' ? null : 1,
  lastChangedAt: at(minute),
  ...extra,
});

describe(applyPartnershipFact.name, () => {
  const sut = applyPartnershipFact;

  it('starts a record from the proposal', () => {
    expect(sut(null, fact('proposed', 1))).toEqual(known('proposed', 1));
  });

  it('follows the status through its lifecycle', () => {
    const active = sut(known('proposed', 1), fact('activated', 2, { version: 1 }));
    expect(active).toEqual(known('active', 2, { inForceVersion: 1 }));
    const suspended = sut(active, fact('suspended', 3));
    expect(suspended).toMatchObject({ status: 'suspended', inForceVersion: 1 });
    const reactivated = sut(suspended, fact('reactivated', 4));
    expect(reactivated).toMatchObject({ status: 'active', lastChangedAt: at(4) });
    expect(sut(reactivated, fact('terminated', 5))).toMatchObject({ status: 'terminated', inForceVersion: 1 });
  });

  it.each(['approved', 'termination-proposed', 'terms-amended', 'contact-changed'] as const)(
    'keeps the status on %s, but the ids and time current',
    (event) => {
      const next = sut(known('active', 1), fact(event, 2, { memberProgramId: null, version: 4 }));
      expect(next).toEqual(known('active', 2, { memberProgramId: null }));
    },
  );

  it('takes the version in force from an activation and from a reverted amendment', () => {
    expect(sut(known('active', 1), fact('activated', 2, { version: 3 }))?.inForceVersion).toBe(3);
    expect(sut(known('active', 1, { inForceVersion: 3 }), fact('amendment-reverted', 2, { version: 4, inForceVersion: 3 }))?.inForceVersion).toBe(3);
  });

  it('does not start a record from an event that implies no status', () => {
    expect(sut(null, fact('approved', 1))).toBeNull();
    expect(sut(null, fact('contact-changed', 1))).toBeNull();
  });

  it('starts a record mid-lifecycle when the first event seen implies a status', () => {
    expect(sut(null, fact('suspended', 1))).toMatchObject({ status: 'suspended', inForceVersion: null });
    expect(sut(null, fact('activated', 1, { version: 2 }))).toMatchObject({ status: 'active', inForceVersion: 2 });
  });

  it('never brings a terminated partnership back', () => {
    for (const event of ['activated', 'reactivated', 'suspended', 'proposed'] as const) {
      expect(sut(known('terminated', 1), fact(event, 2, { version: 2 }))).toMatchObject({ status: 'terminated' });
    }
  });

  it('skips an event older than the last one applied', () => {
    expect(sut(known('suspended', 5), fact('reactivated', 4))).toBeNull();
    expect(sut(known('active', 5), fact('proposed', 1))).toBeNull();
  });

  it('applies an event from the same instant (events of one change share it)', () => {
    expect(sut(known('proposed', 5), fact('activated', 5, { version: 1 }))).toMatchObject({ status: 'active' });
  });
});

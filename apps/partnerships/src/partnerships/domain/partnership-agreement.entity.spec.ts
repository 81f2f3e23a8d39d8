import { agreementTermsSchema, type AgreementSide, type AgreementTerms } from '@scn/contracts';
import { DomainError } from '@scn/platform/errors';
import type { Actor } from './partnership.actor';
import { PartnershipAgreement, type ApprovalInput } from './partnership-agreement.entity';
import { termsHash } from './terms-hash';

const NOW = new Date('2026-06-15T12:00:00Z');
const PROGRAM = '0190a000-0000-7000-8000-000000000001';
const terms = (text: string, overrides: Partial<AgreementTerms> = {}): AgreementTerms =>
  agreementTermsSchema.parse({ title: 'Friendship', kind: 'sister_city', focusAreas: ['arts-culture'], text, ...overrides });
const V1 = terms('We agree.');
const V2 = terms('We agree, and exchange students.', { kind: 'friendship_city', focusAreas: ['youth-education'] });

const actor = (sides: AgreementSide[], staff = false): Actor => ({ accountId: `acct-${sides.join('-') || 'none'}`, staff, sides: new Set(sides) });
const STAFF = actor(['member', 'partner'], true);
const MEMBER = actor(['member']);
const PARTNER = actor(['partner']);
const STRANGER = actor([]);

/** Everything the commands since the last call recorded: events, history lines and rows to write. */
const pulled = (agreement: PartnershipAgreement) => ({ events: agreement.pullEvents(), changes: agreement.pullChanges(), ...agreement.pullWrites() });

function proposed(): PartnershipAgreement {
  const agreement = PartnershipAgreement.propose(
    {
      id: '0190a000-0000-7000-8000-0000000000aa',
      memberProgram: { id: PROGRAM, cityId: 'gn:1', countryCode: 'US' },
      partnerCity: { id: 'gn:2', countryCode: 'FR' },
      terms: V1,
      memberContacts: [],
      partnerContacts: [],
    },
    MEMBER,
  );
  pulled(agreement);
  return agreement;
}

const approval = (agreement: PartnershipAgreement, side: AgreementSide, signedOn = '2026-06-01', over: Partial<ApprovalInput> = {}): ApprovalInput => ({
  version: agreement.state.currentVersion,
  termsHash: agreement.current?.termsHash ?? '',
  side,
  signatoryName: side === 'member' ? 'Jane Mayor' : 'Jean Maire',
  signatoryOffice: 'Mayor',
  signedOn,
  ...over,
});

function active(): PartnershipAgreement {
  const agreement = proposed();
  agreement.approve(MEMBER, approval(agreement, 'member', '2026-06-01'), NOW);
  agreement.approve(PARTNER, approval(agreement, 'partner', '2026-06-10'), NOW);
  pulled(agreement);
  return agreement;
}

function amended(): PartnershipAgreement {
  const agreement = active();
  agreement.amend(MEMBER, V2);
  pulled(agreement);
  return agreement;
}

function suspended(): PartnershipAgreement {
  const agreement = active();
  agreement.suspend(STAFF, 'elections');
  pulled(agreement);
  return agreement;
}

function terminated(): PartnershipAgreement {
  const agreement = active();
  agreement.proposeTermination(STAFF, { side: 'member', reason: 'dissolved', immediately: true }, NOW);
  pulled(agreement);
  return agreement;
}

/** The stable code of the domain error `act` throws. */
function refusal(act: () => void): string {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

const eventTypes = (agreement: PartnershipAgreement) => pulled(agreement).events.map((event) => event.type);

describe(PartnershipAgreement.name, () => {
  describe('propose', () => {
    it('starts proposed with the terms as draft version 1, bound to their hash', () => {
      const sut = PartnershipAgreement.propose(
        {
          id: '0190a000-0000-7000-8000-0000000000aa',
          memberProgram: { id: PROGRAM, cityId: 'gn:1', countryCode: 'US' },
          partnerCity: { id: 'gn:2', countryCode: 'FR' },
          terms: V1,
          memberContacts: [{ name: 'Ann', email: 'ann@example.org' }],
          partnerContacts: [],
        },
        STAFF,
      );
      expect(sut.state).toMatchObject({ status: 'proposed', currentVersion: 1, inForceVersion: null, memberCityId: 'gn:1', partnerCityId: 'gn:2', kind: 'sister_city' });
      expect(sut.current).toMatchObject({ version: 1, state: 'draft', termsHash: termsHash(V1) });
      const recorded = pulled(sut);
      expect(recorded.events).toEqual([
        {
          type: 'partnership.proposed.v1',
          data: expect.objectContaining({
            partnershipId: sut.state.id,
            memberProgramId: PROGRAM,
            version: 1,
            termsHash: termsHash(V1),
            kind: 'sister_city',
            // Whom the notifications service tells about it.
            memberContacts: [{ name: 'Ann', email: 'ann@example.org' }],
            partnerContacts: [],
          }),
        },
      ]);
      expect(recorded.changes.map((change) => change.action)).toEqual(['proposed']);
      expect(recorded.touchedVersions.map((v) => v.version)).toEqual([1]);
    });

    it('refuses a partner city in the member city’s country', () => {
      const input = { id: 'x', memberProgram: { id: PROGRAM, cityId: 'gn:1', countryCode: 'US' }, partnerCity: { id: 'gn:3', countryCode: 'US' } };
      expect(refusal(() => PartnershipAgreement.propose({ ...input, terms: V1, memberContacts: [], partnerContacts: [] }, STAFF))).toBe(
        'PARTNERSHIP.SAME_COUNTRY',
      );
    });

    it('is for the member side only', () => {
      const input = { id: 'x', memberProgram: { id: PROGRAM, cityId: 'gn:1', countryCode: 'US' }, partnerCity: { id: 'gn:2', countryCode: 'FR' } };
      expect(refusal(() => PartnershipAgreement.propose({ ...input, terms: V1, memberContacts: [], partnerContacts: [] }, PARTNER))).toBe(
        'PARTNERSHIP.NOT_YOUR_SIDE',
      );
    });
  });

  describe('approve', () => {
    it('activates a proposed partnership when both sides signed version 1, from the later signature', () => {
      const sut = proposed();
      sut.approve(MEMBER, approval(sut, 'member', '2026-06-10'), NOW);
      expect(sut.state.status).toBe('proposed');
      expect(eventTypes(sut)).toEqual(['partnership.approved.v1']);

      sut.approve(PARTNER, approval(sut, 'partner', '2026-06-01'), NOW);
      expect(sut.state).toMatchObject({ status: 'active', inForceVersion: 1, currentVersion: 1, startDate: '2026-06-10' });
      expect(sut.current?.state).toBe('in_force');
      const recorded = pulled(sut);
      expect(recorded.events.map((e) => e.type)).toEqual(['partnership.approved.v1', 'partnership.activated.v1']);
      expect(recorded.events[1]?.data).toMatchObject({ version: 1, firstSigning: true, startDate: '2026-06-10' });
      expect(recorded.newApprovals).toEqual([expect.objectContaining({ side: 'partner', termsHash: termsHash(V1), approvedBy: PARTNER.accountId })]);
      expect(recorded.changes).toEqual([{ action: 'approved', details: expect.objectContaining({ side: 'partner', inForce: true, firstSigning: true }) }]);
    });

    it('lets staff sign for either side', () => {
      const sut = proposed();
      sut.approve(STAFF, approval(sut, 'member'), NOW);
      sut.approve(STAFF, approval(sut, 'partner'), NOW);
      expect(sut.state.status).toBe('active');
    });

    it('refuses a side the actor does not act for', () => {
      const sut = proposed();
      expect(refusal(() => sut.approve(PARTNER, approval(sut, 'member'), NOW))).toBe('PARTNERSHIP.NOT_YOUR_SIDE');
      expect(refusal(() => sut.approve(STRANGER, approval(sut, 'partner'), NOW))).toBe('PARTNERSHIP.NOT_YOUR_SIDE');
    });

    it('refuses a version that is not the current one, naming the current version and hash', () => {
      const sut = proposed();
      let error: DomainError | undefined;
      try {
        sut.approve(MEMBER, approval(sut, 'member', '2026-06-01', { version: 2 }), NOW);
      } catch (caught) {
        error = caught as DomainError;
      }
      expect(error?.code).toBe('PARTNERSHIP.STALE_VERSION');
      expect(error?.message).toContain('version is 1');
      expect(error?.details).toEqual([
        { field: 'version', rule: 'current', message: '1', params: { current: 1 } },
        { field: 'termsHash', rule: 'current', message: termsHash(V1), params: { current: termsHash(V1) } },
      ]);
    });

    it('refuses the current version number with the hash of other terms', () => {
      const sut = proposed();
      expect(refusal(() => sut.approve(MEMBER, approval(sut, 'member', '2026-06-01', { termsHash: termsHash(V2) }), NOW))).toBe(
        'PARTNERSHIP.STALE_VERSION',
      );
    });

    it('refuses a second approval by the same side, and approving the version already in force', () => {
      const sut = proposed();
      sut.approve(MEMBER, approval(sut, 'member'), NOW);
      expect(refusal(() => sut.approve(STAFF, approval(sut, 'member'), NOW))).toBe('PARTNERSHIP.ALREADY_APPROVED');
      const signed = active();
      expect(refusal(() => signed.approve(STAFF, approval(signed, 'partner'), NOW))).toBe('PARTNERSHIP.ALREADY_APPROVED');
    });

    it('refuses a signing date in the future (a day of slack for time zones)', () => {
      const sut = proposed();
      expect(refusal(() => sut.approve(MEMBER, approval(sut, 'member', '2026-06-17'), NOW))).toBe('PARTNERSHIP.SIGNED_IN_FUTURE');
      sut.approve(MEMBER, approval(sut, 'member', '2026-06-16'), NOW);
    });

    it.each([
      ['suspended', suspended],
      ['terminated', terminated],
    ])('is illegal for a %s partnership', (_status, make) => {
      const sut = make();
      expect(refusal(() => sut.approve(STAFF, approval(sut, 'member'), NOW))).toBe('PARTNERSHIP.ILLEGAL_TRANSITION');
    });
  });

  describe('amend', () => {
    it('adds a draft version; the version in force stays in force and old approvals do not count', () => {
      const sut = active();
      sut.amend(PARTNER, V2);
      expect(sut.state).toMatchObject({ status: 'active', currentVersion: 2, inForceVersion: 1, kind: 'sister_city' });
      expect(sut.current).toMatchObject({ version: 2, state: 'draft', termsHash: termsHash(V2) });
      expect(sut.state.versions.find((v) => v.version === 1)?.state).toBe('in_force');
      expect(pulled(sut).events).toEqual([{ type: 'partnership.terms-amended.v1', data: expect.objectContaining({ version: 2, termsHash: termsHash(V2) }) }]);
      const v1Approval = approval(sut, 'member', '2026-06-01', { version: 1, termsHash: termsHash(V1) });
      expect(refusal(() => sut.approve(MEMBER, v1Approval, NOW))).toBe('PARTNERSHIP.STALE_VERSION');
    });

    it('brings the amendment into force when both sides approve it, superseding the old version', () => {
      const sut = amended();
      sut.approve(MEMBER, approval(sut, 'member', '2026-06-12'), NOW);
      expect(sut.state.inForceVersion).toBe(1);
      sut.approve(PARTNER, approval(sut, 'partner', '2026-06-14'), NOW);
      expect(sut.state).toMatchObject({ status: 'active', inForceVersion: 2, currentVersion: 2, startDate: '2026-06-10', kind: 'friendship_city', focusAreas: ['youth-education'] });
      expect(sut.state.versions.map((v) => [v.version, v.state])).toEqual([
        [1, 'superseded'],
        [2, 'in_force'],
      ]);
      const recorded = pulled(sut);
      expect(recorded.events.at(-1)).toEqual({ type: 'partnership.activated.v1', data: expect.objectContaining({ version: 2, firstSigning: false, startDate: '2026-06-10' }) });
      expect(recorded.touchedVersions.map((v) => v.version).sort()).toEqual([1, 2]);
    });

    it('refuses terms identical to those in force, whatever their key order', () => {
      const sut = active();
      const same = { text: V1.text, focusAreas: V1.focusAreas, kind: V1.kind, title: V1.title, commitments: [] };
      expect(refusal(() => sut.amend(MEMBER, same))).toBe('PARTNERSHIP.TERMS_UNCHANGED');
    });

    it('refuses a second amendment while one is pending', () => {
      const sut = amended();
      expect(refusal(() => sut.amend(MEMBER, terms('Third text')))).toBe('PARTNERSHIP.AMENDMENT_PENDING');
    });

    it.each([
      ['proposed', proposed],
      ['suspended', suspended],
      ['terminated', terminated],
    ])('is illegal for a %s partnership', (_status, make) => {
      expect(refusal(() => make().amend(STAFF, V2))).toBe('PARTNERSHIP.ILLEGAL_TRANSITION');
    });

    it('is for the parties only', () => {
      expect(refusal(() => active().amend(STRANGER, V2))).toBe('PARTNERSHIP.NOT_YOUR_SIDE');
    });
  });

  describe('revertAmendment', () => {
    it('withdraws the draft; the version in force is current again; the next amendment takes a new number', () => {
      const sut = amended();
      sut.revertAmendment(PARTNER);
      expect(sut.state).toMatchObject({ currentVersion: 1, inForceVersion: 1 });
      expect(sut.state.versions.map((v) => [v.version, v.state])).toEqual([
        [1, 'in_force'],
        [2, 'withdrawn'],
      ]);
      expect(pulled(sut).events).toEqual([
        { type: 'partnership.amendment-reverted.v1', data: expect.objectContaining({ version: 2, inForceVersion: 1 }) },
      ]);
      sut.amend(MEMBER, V2);
      expect(sut.state.currentVersion).toBe(3);
    });

    it('is allowed while suspended', () => {
      const sut = amended();
      sut.suspend(MEMBER, 'pause');
      sut.revertAmendment(MEMBER);
      expect(sut.state.currentVersion).toBe(1);
    });

    it('refuses when nothing is pending', () => {
      expect(refusal(() => active().revertAmendment(STAFF))).toBe('PARTNERSHIP.NOTHING_TO_REVERT');
    });

    it.each([
      ['proposed', proposed],
      ['terminated', terminated],
    ])('is illegal for a %s partnership', (_status, make) => {
      expect(refusal(() => make().revertAmendment(STAFF))).toBe('PARTNERSHIP.ILLEGAL_TRANSITION');
    });
  });

  describe('suspend and reactivate', () => {
    it('suspends an active partnership and reactivates it', () => {
      const sut = active();
      sut.suspend(MEMBER, 'elections');
      expect(sut.state.status).toBe('suspended');
      expect(pulled(sut).events).toEqual([{ type: 'partnership.suspended.v1', data: expect.objectContaining({ reason: 'elections' }) }]);
      sut.reactivate(STAFF);
      expect(sut.state.status).toBe('active');
      expect(eventTypes(sut)).toEqual(['partnership.reactivated.v1']);
    });

    it('is for staff and the member program, not the partner side', () => {
      expect(refusal(() => active().suspend(PARTNER, 'no'))).toBe('PARTNERSHIP.NOT_YOUR_SIDE');
      expect(refusal(() => suspended().reactivate(PARTNER))).toBe('PARTNERSHIP.NOT_YOUR_SIDE');
    });

    it.each([
      ['proposed', proposed],
      ['suspended', suspended],
      ['terminated', terminated],
    ])('suspend is illegal for a %s partnership', (_status, make) => {
      expect(refusal(() => make().suspend(STAFF, 'x'))).toBe('PARTNERSHIP.ILLEGAL_TRANSITION');
    });

    it.each([
      ['proposed', proposed],
      ['active', active],
      ['terminated', terminated],
    ])('reactivate is illegal for a %s partnership', (_status, make) => {
      expect(refusal(() => make().reactivate(STAFF))).toBe('PARTNERSHIP.ILLEGAL_TRANSITION');
    });
  });

  describe('termination', () => {
    it('is proposed by one side and approved by the other', () => {
      const sut = amended();
      sut.proposeTermination(PARTNER, { side: 'partner', reason: 'no more funding' }, NOW);
      expect(sut.state.pendingTermination).toEqual({ side: 'partner', reason: 'no more funding', proposedBy: PARTNER.accountId, at: NOW.toISOString() });
      expect(sut.state.status).toBe('active');
      expect(pulled(sut).events).toEqual([
        { type: 'partnership.termination-proposed.v1', data: expect.objectContaining({ side: 'partner', reason: 'no more funding' }) },
      ]);
      expect(refusal(() => sut.approveTermination(PARTNER, 'partner'))).toBe('PARTNERSHIP.OWN_TERMINATION');
      sut.approveTermination(MEMBER, 'member');
      expect(sut.state).toMatchObject({ status: 'terminated', pendingTermination: null, currentVersion: 1, inForceVersion: 1 });
      expect(sut.state.versions.find((v) => v.version === 2)?.state).toBe('withdrawn');
      const recorded = pulled(sut);
      expect(recorded.events).toEqual([{ type: 'partnership.terminated.v1', data: expect.objectContaining({ reason: 'no more funding' }) }]);
      expect(recorded.changes).toEqual([{ action: 'terminated', details: expect.objectContaining({ how: 'approved by the member side' }) }]);
    });

    it('works from suspended too', () => {
      const sut = suspended();
      sut.proposeTermination(MEMBER, { side: 'member', reason: 'over' }, NOW);
      sut.approveTermination(PARTNER, 'partner');
      expect(sut.state.status).toBe('terminated');
    });

    it('refuses a second proposal while one is pending, and an approval with none pending', () => {
      const sut = active();
      expect(refusal(() => sut.approveTermination(PARTNER, 'partner'))).toBe('PARTNERSHIP.NO_TERMINATION_PENDING');
      sut.proposeTermination(MEMBER, { side: 'member', reason: 'over' }, NOW);
      expect(refusal(() => sut.proposeTermination(PARTNER, { side: 'partner', reason: 'over' }, NOW))).toBe('PARTNERSHIP.TERMINATION_PENDING');
    });

    it('withdraws a partnership never signed at once, by either side', () => {
      const sut = proposed();
      sut.proposeTermination(PARTNER, { side: 'partner', reason: 'changed our mind' }, NOW);
      expect(sut.state.status).toBe('terminated');
      expect(sut.current?.state).toBe('withdrawn');
      expect(eventTypes(sut)).toEqual(['partnership.terminated.v1']);
    });

    it('lets staff terminate at once, and nobody else', () => {
      expect(refusal(() => active().proposeTermination(MEMBER, { side: 'member', reason: 'x', immediately: true }, NOW))).toBe('PARTNERSHIP.STAFF_ONLY');
      const sut = active();
      sut.proposeTermination(MEMBER, { side: 'member', reason: 'pending one' }, NOW);
      sut.proposeTermination(STAFF, { side: 'partner', reason: 'dissolved', immediately: true }, NOW);
      expect(sut.state).toMatchObject({ status: 'terminated', pendingTermination: null });
    });

    it('refuses a side the actor does not act for', () => {
      expect(refusal(() => active().proposeTermination(MEMBER, { side: 'partner', reason: 'x' }, NOW))).toBe('PARTNERSHIP.NOT_YOUR_SIDE');
    });

    it('is illegal once terminated', () => {
      expect(refusal(() => terminated().proposeTermination(STAFF, { side: 'member', reason: 'x' }, NOW))).toBe('PARTNERSHIP.ILLEGAL_TRANSITION');
      expect(refusal(() => terminated().approveTermination(STAFF, 'partner'))).toBe('PARTNERSHIP.ILLEGAL_TRANSITION');
      expect(refusal(() => proposed().approveTermination(STAFF, 'partner'))).toBe('PARTNERSHIP.ILLEGAL_TRANSITION');
    });
  });

  describe('setContacts', () => {
    const contacts = [{ name: 'Marie', email: 'marie@example.fr', language: 'fr' }];

    it('changes one side’s contacts without touching the terms or approvals', () => {
      const sut = active();
      sut.setContacts(PARTNER, 'partner', contacts);
      expect(sut.state).toMatchObject({ partnerContacts: contacts, currentVersion: 1, inForceVersion: 1, status: 'active' });
      const recorded = pulled(sut);
      expect(recorded.events).toEqual([{ type: 'partnership.contact-changed.v1', data: expect.objectContaining({ side: 'partner', contacts }) }]);
      expect(recorded.touchedVersions).toEqual([]);
    });

    it('changes nothing (no event, no history) when the contacts are the same', () => {
      const sut = active();
      sut.setContacts(STAFF, 'member', []);
      expect(pulled(sut)).toEqual({ events: [], changes: [], newApprovals: [], touchedVersions: [] });
      sut.setContacts(STAFF, 'partner', contacts);
      const restored = PartnershipAgreement.restore(sut.state);
      restored.setContacts(STAFF, 'partner', [{ language: 'fr', email: 'marie@example.fr', name: 'Marie' }]);
      expect(pulled(restored).events).toEqual([]);
    });

    it('is for one’s own side, and not once terminated', () => {
      expect(refusal(() => active().setContacts(MEMBER, 'partner', contacts))).toBe('PARTNERSHIP.NOT_YOUR_SIDE');
      expect(refusal(() => terminated().setContacts(STAFF, 'member', contacts))).toBe('PARTNERSHIP.ILLEGAL_TRANSITION');
    });
  });

  it('restores from a snapshot without sharing it', () => {
    const original = active();
    const copy = PartnershipAgreement.restore(original.state);
    copy.suspend(STAFF, 'x');
    expect(original.state.status).toBe('active');
  });
});

import { PARTNERSHIP_STATUSES } from './common';
import { partnershipStatusAfter } from './partnership-status';

describe(partnershipStatusAfter.name, () => {
  const sut = partnershipStatusAfter;

  it.each([
    ['partnership.proposed.v1', 'proposed'],
    ['partnership.activated.v1', 'active'],
    ['partnership.suspended.v1', 'suspended'],
    ['partnership.reactivated.v1', 'active'],
    ['partnership.terminated.v1', 'terminated'],
  ] as const)('moves a partnership to the status %s sets', (type, status) => {
    expect(sut(type, null)).toBe(status);
    expect(sut(type, 'active')).toBe(status);
  });

  it.each(['partnership.approved.v1', 'partnership.termination-proposed.v1', 'partnership.terms-amended.v1', 'partnership.amendment-reverted.v1', 'partnership.contact-changed.v1'])(
    'keeps the status on %s',
    (type) => {
      for (const status of PARTNERSHIP_STATUSES) expect(sut(type, status)).toBe(status);
    },
  );

  it('says nothing for an event that sets no status of a partnership not known yet', () => {
    expect(sut('partnership.approved.v1', null)).toBeNull();
    expect(sut('partnership.contact-changed.v1', null)).toBeNull();
  });

  it('never brings a terminated partnership back', () => {
    for (const type of ['partnership.proposed.v1', 'partnership.activated.v1', 'partnership.reactivated.v1', 'partnership.suspended.v1']) {
      expect(sut(type, 'terminated')).toBe('terminated');
    }
  });
});

import { sidesAwaitingApproval } from './awaiting-approval';

describe(sidesAwaitingApproval.name, () => {
  it('names each side that has not signed a draft', () => {
    expect(sidesAwaitingApproval({ status: 'proposed', currentVersionState: 'draft', approvedSides: [] })).toEqual(['member', 'partner']);
    expect(sidesAwaitingApproval({ status: 'proposed', currentVersionState: 'draft', approvedSides: ['partner'] })).toEqual(['member']);
    expect(sidesAwaitingApproval({ status: 'active', currentVersionState: 'draft', approvedSides: ['member'] })).toEqual(['partner']);
  });

  it('waits for nobody once the version is in force, or when no approval is allowed', () => {
    expect(sidesAwaitingApproval({ status: 'active', currentVersionState: 'in_force', approvedSides: ['member', 'partner'] })).toEqual([]);
    expect(sidesAwaitingApproval({ status: 'suspended', currentVersionState: 'draft', approvedSides: [] })).toEqual([]);
    expect(sidesAwaitingApproval({ status: 'terminated', currentVersionState: 'draft', approvedSides: [] })).toEqual([]);
    expect(sidesAwaitingApproval({ status: 'active', currentVersionState: null, approvedSides: [] })).toEqual([]);
  });
});

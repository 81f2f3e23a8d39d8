import { DomainError } from '@scn/platform/errors';
import type { PartnershipStatus } from './partnership.state';
import { assertAllowed, LIFECYCLE, type LifecycleAction } from './partnership.transitions';

const STATUSES: PartnershipStatus[] = ['proposed', 'active', 'suspended', 'terminated'];

// The whole matrix, written out: a change to the state machine must change this table too.
const ALLOWED: Record<LifecycleAction, PartnershipStatus[]> = {
  approve: ['proposed', 'active'],
  amend: ['active'],
  revertAmendment: ['active', 'suspended'],
  suspend: ['active'],
  reactivate: ['suspended'],
  proposeTermination: ['proposed', 'active', 'suspended'],
  approveTermination: ['active', 'suspended'],
  setContacts: ['proposed', 'active', 'suspended'],
};

describe(assertAllowed.name, () => {
  const cases = (Object.keys(LIFECYCLE) as LifecycleAction[]).flatMap((action) => STATUSES.map((status) => [action, status] as const));

  it.each(cases)('%s from %s', (action, status) => {
    if (ALLOWED[action].includes(status)) {
      expect(() => assertAllowed(status, action)).not.toThrow();
      return;
    }
    let error: unknown;
    try {
      assertAllowed(status, action);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'PARTNERSHIP.ILLEGAL_TRANSITION', kind: 'conflict' });
    expect((error as Error).message).toBe(`A ${status} partnership cannot be ${LIFECYCLE[action].refused}`);
  });

  it('allows nothing once terminated', () => {
    for (const action of Object.keys(LIFECYCLE) as LifecycleAction[]) expect(() => assertAllowed('terminated', action)).toThrow();
  });
});

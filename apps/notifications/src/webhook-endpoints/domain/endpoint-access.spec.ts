import type { CallerIdentity } from '@scn/contracts';
import { endpointManagerOf, manages } from './endpoint-access';

const ACCOUNT = '01938a2e-0000-7000-8000-000000000001';
const caller = (grants: CallerIdentity['grants'], accountId = ACCOUNT): CallerIdentity => ({ accountId, email: 'a@example.org', grants });

describe(endpointManagerOf.name, () => {
  it('lets staff manage everything', () => {
    const manager = endpointManagerOf(caller([{ role: 'network-staff', scopeIds: [] }]))!;
    expect(manager.all).toBe(true);
    expect(manages(manager, { cityId: null })).toBe(true);
    expect(manages(manager, { cityId: 'gn:1' })).toBe(true);
  });

  it('lets a partner contact manage the endpoints of their cities only (not the network’s)', () => {
    const manager = endpointManagerOf(caller([{ role: 'partner-contact', scopeIds: ['gn:1', 'gn:2'] }]))!;
    expect(manager).toMatchObject({ all: false, cityIds: ['gn:1', 'gn:2'] });
    expect(manages(manager, { cityId: 'gn:2' })).toBe(true);
    expect(manages(manager, { cityId: 'gn:3' })).toBe(false);
    expect(manages(manager, { cityId: null })).toBe(false);
  });

  it('refuses anyone else', () => {
    expect(endpointManagerOf(undefined)).toBeUndefined();
    expect(endpointManagerOf(caller([{ role: 'program-admin', scopeIds: ['x'] }]))).toBeUndefined();
    expect(endpointManagerOf(caller([{ role: 'applicant', scopeIds: [] }]))).toBeUndefined();
    expect(endpointManagerOf(caller([{ role: 'partner-contact', scopeIds: [] }]))).toBeUndefined();
    expect(endpointManagerOf(caller([{ role: 'network-staff', scopeIds: [] }], 'not-a-uuid'))).toBeUndefined();
  });
});

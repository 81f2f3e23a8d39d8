import type { PauseCause, ProgramFields, ProgramPartnership } from './exchange-program.state';

/** A valid reciprocal program travelling in July 2027 (unit tests start from it and break one rule). */
export function validFields(overrides: Partial<ProgramFields> = {}): ProgramFields {
  return {
    season: 2027,
    category: 'youth-education',
    title: 'Summer youth exchange',
    description: 'Two weeks with a host family.',
    languages: ['en', 'fr'],
    direction: 'reciprocal',
    travelStart: '2027-07-01',
    travelEnd: '2027-07-15',
    applicationOpensAt: '2027-01-01T00:00:00.000Z',
    applicationClosesAt: '2027-03-01T00:00:00.000Z',
    decisionReleaseAt: '2027-04-01T00:00:00.000Z',
    offerResponseDeadline: '2027-04-15T00:00:00.000Z',
    capacity: { member: 5, partner: 5 },
    costs: { amount: 300, currency: 'EUR', covers: ['travel'] },
    eligibility: { minAge: 15, maxAge: 18, residence: 'member-city', languages: ['en'], requiredDocuments: [], maxApplicationsPerSeason: 1 },
    ...overrides,
  };
}

export const PARTNERSHIP: ProgramPartnership = {
  id: '01900000-0000-7000-8000-000000000001',
  memberProgramId: '01900000-0000-7000-8000-000000000002',
  memberCityId: 'gn:1',
  partnerCityId: 'gn:2',
  memberCountryCode: 'FR',
  partnerCountryCode: 'DE',
};

/** A manager of the program (an account id, as the gateway forwards it). */
export const MANAGER_ID = '01900000-0000-7000-8000-0000000000ee';

/** A pause by the program's managers: only they end it (reactivating the partnership does not). */
export function pausedByManager(note: string | null = 'venue unavailable'): PauseCause {
  return { code: 'paused-by-manager', by: MANAGER_ID, note };
}

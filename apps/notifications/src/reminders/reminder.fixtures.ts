import type { KnownExchangeProgram, KnownMemberProgram, KnownPartnership } from '@scn-prisma/notifications';

// Read-model rows for the reminders' unit tests.

export const PROGRAM_ID = '01930000-0000-7000-8000-00000000e001';
export const PARTNERSHIP_ID = '01930000-0000-7000-8000-00000000a001';
export const MEMBER_PROGRAM_ID = '01930000-0000-7000-8000-00000000b001';

export function exchangeProgram(overrides: Partial<KnownExchangeProgram> = {}): KnownExchangeProgram {
  return {
    id: PROGRAM_ID,
    partnershipId: PARTNERSHIP_ID,
    memberProgramId: MEMBER_PROGRAM_ID,
    title: 'Summer youth orchestra',
    category: 'arts-culture',
    season: 2027,
    status: 'open',
    applicationOpensAt: new Date('2027-01-10T12:00:00Z'),
    applicationClosesAt: new Date('2027-03-01T17:00:00Z'),
    decisionReleaseAt: new Date('2027-03-20T10:00:00Z'),
    travelStart: new Date('2027-07-01T00:00:00Z'),
    travelEnd: new Date('2027-07-15T00:00:00Z'),
    lastChangedAt: new Date('2027-01-01T00:00:00Z'),
    updatedAt: new Date('2027-01-01T00:00:00Z'),
    ...overrides,
  };
}

export function partnership(overrides: Partial<KnownPartnership> = {}): KnownPartnership {
  return {
    id: PARTNERSHIP_ID,
    memberProgramId: MEMBER_PROGRAM_ID,
    memberCityId: 'gn:1',
    partnerCityId: 'gn:2',
    memberCountryCode: 'US',
    partnerCountryCode: 'FR',
    title: 'Springfield – Rouen',
    memberCityName: 'Springfield',
    partnerCityName: 'Rouen',
    status: 'active',
    startDate: new Date('2016-02-29T00:00:00Z'),
    memberContacts: [],
    partnerContacts: [],
    lastChangedAt: new Date('2027-01-01T00:00:00Z'),
    updatedAt: new Date('2027-01-01T00:00:00Z'),
    ...overrides,
  };
}

export function memberProgram(overrides: Partial<KnownMemberProgram> = {}): KnownMemberProgram {
  return {
    id: MEMBER_PROGRAM_ID,
    name: 'Springfield Sister Cities',
    cityId: 'gn:1',
    countryCode: 'US',
    contacts: [],
    membership: 'member',
    duesPaidThrough: 2027,
    inGoodStanding: true,
    lastChangedAt: new Date('2027-01-01T00:00:00Z'),
    updatedAt: new Date('2027-01-01T00:00:00Z'),
    ...overrides,
  };
}

import type { ExchangeProgramSubject, MemberProgramSubject, PartnershipSubject } from './reminder-subjects';

// Read-model rows, as the reminders read them, for the reminders' unit tests.

export const PROGRAM_ID = '01930000-0000-7000-8000-00000000e001';
export const PARTNERSHIP_ID = '01930000-0000-7000-8000-00000000a001';
export const MEMBER_PROGRAM_ID = '01930000-0000-7000-8000-00000000b001';

export function exchangeProgram(overrides: Partial<ExchangeProgramSubject> = {}): ExchangeProgramSubject {
  return {
    id: PROGRAM_ID,
    partnershipId: PARTNERSHIP_ID,
    title: 'Summer youth orchestra',
    category: 'arts-culture',
    status: 'open',
    applicationClosesAt: new Date('2027-03-01T17:00:00Z'),
    decisionReleaseAt: new Date('2027-03-20T10:00:00Z'),
    travelStart: new Date('2027-07-01T00:00:00Z'),
    ...overrides,
  };
}

export function partnership(overrides: Partial<PartnershipSubject> = {}): PartnershipSubject {
  return {
    id: PARTNERSHIP_ID,
    memberCityId: 'gn:1',
    partnerCityId: 'gn:2',
    memberCountryCode: 'US',
    partnerCountryCode: 'FR',
    title: 'Springfield – Rouen',
    memberCityName: 'Springfield',
    partnerCityName: 'Rouen',
    status: 'active',
    startDate: new Date('2016-02-29T00:00:00Z'),
    ...overrides,
  };
}

export function memberProgram(overrides: Partial<MemberProgramSubject> = {}): MemberProgramSubject {
  return {
    id: MEMBER_PROGRAM_ID,
    name: 'Springfield Sister Cities',
    membership: 'member',
    duesPaidThrough: 2027,
    ...overrides,
  };
}

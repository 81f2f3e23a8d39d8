import type { ApplicantProfile } from '../../applicants/domain/applicant-profile';
import type { KnownProgramState } from '../../known-programs/domain/known-program';
import { checkSubmission, sideOf } from './eligibility';

const MEMBER_CITY = 'gn:1';
const PARTNER_CITY = 'gn:2';

function program(overrides: Partial<KnownProgramState> = {}): KnownProgramState {
  return {
    id: 'p1',
    partnershipId: 'ps',
    memberProgramId: 'mp',
    memberCityId: MEMBER_CITY,
    partnerCityId: PARTNER_CITY,
    memberCountryCode: 'US',
    partnerCountryCode: 'FR',
    season: 2027,
    category: 'youth-education',
    title: 'Summer',
    direction: 'reciprocal',
    languages: ['en'],
    travelStart: new Date('2027-07-01T00:00:00Z'),
    travelEnd: new Date('2027-07-15T00:00:00Z'),
    applicationOpensAt: new Date('2027-01-01T00:00:00Z'),
    applicationClosesAt: new Date('2027-03-01T00:00:00Z'),
    decisionReleaseAt: null,
    offerResponseDeadline: null,
    capacityMember: 5,
    capacityPartner: 5,
    eligibility: { minAge: 15, maxAge: 18, residence: 'member-city', languages: ['en'], requiredDocuments: [], maxApplicationsPerSeason: 2 },
    status: 'published',
    windowOpen: true,
    paused: false,
    cancelReason: null,
    lastEventAt: new Date('2027-01-01T00:00:00Z'),
    ...overrides,
  };
}

function profile(overrides: Partial<ApplicantProfile> = {}): ApplicantProfile {
  return {
    accountId: 'a',
    email: 'a@example.org',
    givenName: 'Ana',
    familyName: 'Example',
    birthDate: new Date('2010-07-01T00:00:00Z'),
    homeCityId: MEMBER_CITY,
    homeCountryCode: 'US',
    memberProgramId: null,
    languages: [{ language: 'en-GB', level: 'B2' }],
    phone: null,
    preferredLanguage: 'en',
    emergencyContact: { name: 'Bea', relationship: 'mother', phone: '+1 555' },
    guardian: { name: 'Bea', email: 'bea@example.org' },
    guardianConsentRequestedAt: null,
    guardianConsentGivenAt: null,
    guardianConsentGivenFrom: null,
    ...overrides,
  };
}

const rulesOf = (who: ApplicantProfile, programs: KnownProgramState[]) =>
  checkSubmission(
    who,
    programs.map((p) => p.id),
    new Map(programs.map((p) => [p.id, p])),
  ).map(({ field, rule }) => `${field}:${rule}`);

describe(checkSubmission.name, () => {
  it('accepts an applicant who meets every rule (a language tag is met by its regional form)', () => {
    expect(rulesOf(profile(), [program()])).toEqual([]);
  });

  it('counts the age on the travel start date, birthday included', () => {
    expect(rulesOf(profile({ birthDate: new Date('2012-07-01T00:00:00Z') }), [program()])).toEqual([]);
    expect(rulesOf(profile({ birthDate: new Date('2012-07-02T00:00:00Z') }), [program()])).toEqual(['choices.0.exchangeProgramId:age']);
    expect(rulesOf(profile({ birthDate: new Date('2008-07-01T00:00:00Z') }), [program()])).toEqual(['choices.0.exchangeProgramId:age']);
  });

  it('requires a guardian for a minor on the travel date only', () => {
    expect(rulesOf(profile({ guardian: null }), [program()])).toEqual(['choices.0.exchangeProgramId:guardian']);
    const adult = program({ eligibility: { ...program().eligibility!, minAge: 18, maxAge: 99 } });
    expect(rulesOf(profile({ guardian: null, birthDate: new Date('2009-07-01T00:00:00Z') }), [adult])).toEqual([]);
  });

  it('reads residence: the sending city, or its member program’s members for member-region, anyone for any', () => {
    const elsewhere = profile({ homeCityId: 'gn:9' });
    expect(rulesOf(elsewhere, [program()])).toEqual(['choices.0.exchangeProgramId:residence']);
    const region = program({ eligibility: { ...program().eligibility!, residence: 'member-region' } });
    expect(rulesOf(elsewhere, [region])).toEqual(['choices.0.exchangeProgramId:residence']);
    expect(rulesOf({ ...elsewhere, memberProgramId: 'mp' }, [region])).toEqual([]);
    expect(rulesOf(elsewhere, [program({ eligibility: { ...program().eligibility!, residence: 'any' } })])).toEqual([]);
  });

  it('places a partner-city resident on the partner side, which a one-way program or zero places close', () => {
    const partnerResident = profile({ homeCityId: PARTNER_CITY });
    expect(sideOf(partnerResident, program())).toBe('partner');
    expect(rulesOf(partnerResident, [program()])).toEqual([]);
    expect(rulesOf(partnerResident, [program({ direction: 'to_partner' })])).toEqual(['choices.0.exchangeProgramId:side']);
    expect(rulesOf(partnerResident, [program({ capacityPartner: 0 })])).toEqual(['choices.0.exchangeProgramId:side']);
    expect(rulesOf(profile(), [program({ direction: 'from_partner' })])).toEqual(['choices.0.exchangeProgramId:side']);
  });

  it('names missing languages and too many choices per season, choice by choice', () => {
    const strict = program({ id: 'p2', eligibility: { ...program().eligibility!, languages: ['en', 'de'], maxApplicationsPerSeason: 1 } });
    expect(rulesOf(profile(), [program(), strict])).toEqual(['choices.1.exchangeProgramId:languages', 'choices.1.exchangeProgramId:applications-per-season']);
  });

  it('takes the window from the program’s events: not yet open, closed, paused, cancelled', () => {
    const message = (p: KnownProgramState) => checkSubmission(profile(), [p.id], new Map([[p.id, p]]))[0]?.message;
    expect(message(program({ windowOpen: false }))).toBe('is not open for applications yet');
    expect(message(program({ windowOpen: false, status: 'closed' }))).toBe('is closed for applications');
    expect(message(program({ paused: true }))).toBe('is paused: no applications are taken');
    expect(message(program({ status: 'cancelled', windowOpen: false }))).toBe('was cancelled');
  });

  it('gives each rule the params a client words it with, the English message kept', () => {
    const found = (who: ApplicantProfile, programs: KnownProgramState[], known = programs) =>
      checkSubmission(
        who,
        programs.map((p) => p.id),
        new Map(known.map((p) => [p.id, p])),
      ).map(({ rule, message, params }) => ({ rule, message, params }));
    expect(found(profile({ birthDate: new Date('2006-03-10T00:00:00Z'), guardian: null }), [program()])).toEqual([
      { rule: 'age', message: 'is for ages 15–18 on 2027-07-01; you will be 21', params: { minimum: 15, maximum: 18, age: 21, travelStart: '2027-07-01' } },
    ]);
    expect(found(profile({ guardian: null, birthDate: new Date('2012-01-01T00:00:00Z') }), [program()])).toEqual([
      { rule: 'guardian', message: 'you will be 15 on 2027-07-01: name a guardian in your profile', params: { age: 15, travelStart: '2027-07-01' } },
    ]);
    const strict = program({ direction: 'from_partner', eligibility: { ...program().eligibility!, languages: ['de', 'fr'], maxApplicationsPerSeason: 0, residence: 'member-region' } });
    expect(found(profile({ homeCityId: 'gn:9' }), [strict])).toEqual([
      { rule: 'side', message: 'takes no participants from the member city’s side', params: { side: 'member' } },
      { rule: 'residence', message: 'is for residents of the sending city and members of its member program', params: { residence: 'member-region' } },
      { rule: 'languages', message: 'requires de, fr, missing from your profile', params: { languages: ['de', 'fr'] } },
      { rule: 'applications-per-season', message: 'allows at most 0 choices per season; you have 1', params: { maximum: 0, count: 1 } },
    ]);
    expect(found(profile(), [program({ paused: true })])).toEqual([{ rule: 'window', message: 'is paused: no applications are taken', params: { reason: 'paused' } }]);
    expect(found(profile(), [program({ windowOpen: false })])[0]?.params).toEqual({ reason: 'not_open_yet' });
    expect(found(profile(), [program({ windowOpen: false, status: 'closed' })])[0]?.params).toEqual({ reason: 'closed' });
    expect(found(profile(), [program({ status: 'cancelled' })])[0]?.params).toEqual({ reason: 'cancelled' });
    expect(found(profile(), [program()], [])).toEqual([{ rule: 'window', message: 'is not a published program', params: { reason: 'unknown' } }]);
  });

  it('skips rules a program has not announced yet (events before they carried them)', () => {
    expect(rulesOf(profile({ homeCityId: 'gn:9', languages: [] }), [program({ eligibility: null })])).toEqual([]);
  });
});

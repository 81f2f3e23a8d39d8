import type { ImportRowResolutionRequest } from '@scn/contracts';
import { DomainError } from '@scn/platform/errors';
import { loadedCities, partnershipSideOf, planCorrection, planResolution, resolutionFingerprint, type ReportedRowState, type StoredReading } from './row-settlement';

const SPRINGFIELD_IL = 'gn:4250542';
const SPRINGFIELD_MO = 'gn:4409896';
const MALMO = 'gn:2692969';
const LYON = 'gn:2996944';

const reading = (overrides: Partial<StoredReading> = {}): StoredReading => ({
  memberColumn: 'city1',
  partnerColumn: 'city2',
  memberCityId: null,
  partnerCityId: MALMO,
  kind: 'sister_city',
  startYear: null,
  programName: null,
  remarks: null,
  blockers: [],
  ...overrides,
});

const ambiguousRow = (overrides: Partial<ReportedRowState> = {}): ReportedRowState => ({
  kind: 'ambiguous',
  dryRun: false,
  reading: reading(),
  candidates: [
    {
      column: 'city1',
      chosenCityId: null,
      cities: [SPRINGFIELD_MO, SPRINGFIELD_IL].map((cityId) => ({ cityId, name: 'Springfield', countryCode: 'US', regionCode: null, population: 100_000 })),
    },
  ],
  resolution: null,
  settlement: null,
  ...overrides,
});

const choose = (cityId: string, side: 'member' | 'partner' = 'member'): ImportRowResolutionRequest => ({
  action: 'load',
  sides: [{ action: 'choose', side, cityId }],
});

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('settling a reported row', () => {
  it('loads an open row on a candidate of the side that needs a city, keeping the side the import matched', () => {
    expect(planResolution(ambiguousRow(), choose(SPRINGFIELD_IL))).toEqual({
      kind: 'load',
      member: { cityId: SPRINGFIELD_IL },
      partner: { cityId: MALMO },
      reading: reading(),
    });
  });

  it('loads on a city to add, for a side with or without candidates', () => {
    const city = { name: 'Nowhereville', countryCode: 'FR', latitude: 45, longitude: 4 };
    const plan = planResolution(ambiguousRow({ kind: 'unmatched', candidates: [] }), { action: 'load', sides: [{ action: 'add-city', side: 'member', city }] });
    expect(plan).toMatchObject({ kind: 'load', member: { add: city }, partner: { cityId: MALMO } });
  });

  it('refuses a city that is not among the side’s candidates, or a choice for a side without candidates', () => {
    expect(codeOf(() => planResolution(ambiguousRow(), choose(LYON)))).toBe('IMPORT.NOT_A_CANDIDATE');
    expect(codeOf(() => planResolution(ambiguousRow({ kind: 'unmatched', candidates: [] }), choose(SPRINGFIELD_IL)))).toBe('IMPORT.NOT_A_CANDIDATE');
  });

  it('wants a city for each side the import could not match, and for no other', () => {
    expect(codeOf(() => planResolution(ambiguousRow(), choose(MALMO, 'partner')))).toBe('IMPORT.SIDES_MISMATCH');
    const both = ambiguousRow({ reading: reading({ partnerCityId: null }) });
    expect(codeOf(() => planResolution(both, choose(SPRINGFIELD_IL)))).toBe('IMPORT.SIDES_MISMATCH');
    const twice: ImportRowResolutionRequest = {
      action: 'load',
      sides: [
        { action: 'choose', side: 'member', cityId: SPRINGFIELD_IL },
        { action: 'choose', side: 'member', cityId: SPRINGFIELD_MO },
      ],
    };
    expect(codeOf(() => planResolution(ambiguousRow(), twice))).toBe('IMPORT.SIDES_MISMATCH');
  });

  it('names the side and its column in each refusal, for a client to word it', () => {
    const detailsOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof DomainError) return (error.details ?? []).map(({ rule, params }) => ({ rule, params }));
        throw error;
      }
      return [];
    };
    expect(detailsOf(() => planResolution(ambiguousRow(), choose(MALMO, 'partner')))).toEqual([
      { rule: 'missing_side', params: { side: 'member', column: 'city1' } },
      { rule: 'matched_side', params: { side: 'partner', column: 'city2' } },
    ]);
  });

  it('dismisses any open row; loads none that something besides its cities stops', () => {
    expect(planResolution(ambiguousRow(), { action: 'dismiss', reason: 'Not a twinning' })).toEqual({ kind: 'dismiss', reason: 'Not a twinning' });
    const badYear = ambiguousRow({ reading: reading({ blockers: ['year: "soon" is not a past year'] }) });
    expect(codeOf(() => planResolution(badYear, choose(SPRINGFIELD_IL)))).toBe('IMPORT.ROW_NOT_LOADABLE');
    expect(planResolution(badYear, { action: 'dismiss', reason: 'Bad year' }).kind).toBe('dismiss');
    expect(codeOf(() => planResolution(ambiguousRow({ reading: null }), choose(SPRINGFIELD_IL)))).toBe('IMPORT.ROW_NOT_LOADABLE');
  });

  it('settles nothing the import loaded itself, nor a preview’s rows', () => {
    expect(codeOf(() => planResolution(ambiguousRow({ kind: 'noted' }), choose(SPRINGFIELD_IL)))).toBe('IMPORT.ROW_NOT_UNMATCHED');
    expect(codeOf(() => planResolution(ambiguousRow({ kind: 'city_added' }), { action: 'dismiss', reason: 'x' }))).toBe('IMPORT.ROW_NOT_UNMATCHED');
    expect(codeOf(() => planResolution(ambiguousRow({ dryRun: true }), choose(SPRINGFIELD_IL)))).toBe('IMPORT.PREVIEW_ROW');
  });

  it('answers the same resolution again as the first time (sides in any order), and refuses another one', () => {
    const request: ImportRowResolutionRequest = {
      action: 'load',
      sides: [
        { action: 'choose', side: 'partner', cityId: MALMO },
        { action: 'choose', side: 'member', cityId: SPRINGFIELD_IL },
      ],
    };
    const reversed: ImportRowResolutionRequest = { action: 'load', sides: [...request.sides].reverse() };
    expect(resolutionFingerprint(request)).toBe(resolutionFingerprint(reversed));
    const loaded = ambiguousRow({ resolution: 'loaded', settlement: { request, memberCityId: SPRINGFIELD_IL, partnerCityId: MALMO, partnershipId: 'p-1' } });
    expect(planResolution(loaded, reversed)).toEqual({ kind: 'repeat' });
    expect(codeOf(() => planResolution(loaded, choose(SPRINGFIELD_MO)))).toBe('IMPORT.ROW_ALREADY_SETTLED');
    expect(codeOf(() => planResolution(loaded, { action: 'dismiss', reason: 'x' }))).toBe('IMPORT.ROW_ALREADY_SETTLED');
    const dismissed = ambiguousRow({ resolution: 'dismissed', settlement: { request: { action: 'dismiss', reason: 'x' }, reason: 'x' } });
    expect(planResolution(dismissed, { action: 'dismiss', reason: 'x' })).toEqual({ kind: 'repeat' });
    expect(codeOf(() => planResolution(dismissed, { action: 'dismiss', reason: 'y' }))).toBe('IMPORT.ROW_ALREADY_SETTLED');
  });
});

describe('correcting a loaded row', () => {
  const noted = ambiguousRow({ kind: 'noted', reading: reading({ memberCityId: SPRINGFIELD_MO }) });

  it('moves one side of a row the import loaded, or a person did, from the city it is on', () => {
    expect(loadedCities(noted)).toEqual({ member: SPRINGFIELD_MO, partner: MALMO });
    expect(planCorrection(noted, { side: 'member', cityId: SPRINGFIELD_IL })).toEqual({
      kind: 'move',
      side: 'member',
      fromCityId: SPRINGFIELD_MO,
      to: { cityId: SPRINGFIELD_IL },
      cities: { member: SPRINGFIELD_MO, partner: MALMO },
    });
    const settled = ambiguousRow({ resolution: 'loaded', settlement: { memberCityId: SPRINGFIELD_IL, partnerCityId: MALMO } });
    expect(planCorrection(settled, { side: 'member', cityId: SPRINGFIELD_MO })).toMatchObject({ kind: 'move', fromCityId: SPRINGFIELD_IL });
  });

  it('builds on the last correction, and changes nothing when the side is on that city already', () => {
    const corrected = { ...noted, settlement: { memberCityId: SPRINGFIELD_IL, partnerCityId: MALMO } };
    expect(planCorrection(corrected, { side: 'member', cityId: SPRINGFIELD_IL })).toEqual({ kind: 'unchanged' });
  });

  it('refuses rows not loaded, previews, and both sides on one city', () => {
    expect(codeOf(() => planCorrection(ambiguousRow(), { side: 'member', cityId: LYON }))).toBe('IMPORT.ROW_NOT_LOADED');
    expect(codeOf(() => planCorrection(ambiguousRow({ resolution: 'dismissed' }), { side: 'member', cityId: LYON }))).toBe('IMPORT.ROW_NOT_LOADED');
    expect(codeOf(() => planCorrection({ ...noted, dryRun: true }, { side: 'member', cityId: LYON }))).toBe('IMPORT.PREVIEW_ROW');
    expect(codeOf(() => planCorrection(noted, { side: 'member', cityId: MALMO }))).toBe('IMPORT.INVALID_CITY');
  });

  it('finds the partnership’s side of a side of the file (the network’s city is the member side)', () => {
    expect(partnershipSideOf({ memberCityId: MALMO, partnerCityId: SPRINGFIELD_IL }, SPRINGFIELD_IL)).toBe('partner');
    expect(partnershipSideOf({ memberCityId: MALMO, partnerCityId: SPRINGFIELD_IL }, MALMO)).toBe('member');
  });
});

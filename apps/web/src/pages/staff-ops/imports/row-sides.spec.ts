import type { ReportedRow } from './imports-queries';
import { resolutionSides, sideNamedByReason, undecidedSides } from './row-sides';

const city = (cityId: string, name = 'Springfield') => ({ cityId, name, countryCode: 'US', regionCode: cityId.slice(-2), population: 1000 });

const row = (candidates: ReportedRow['candidates']): ReportedRow => ({
  rowNumber: 3,
  kind: 'unmatched',
  ambiguous: true,
  candidates,
  reason: 'Springfield fits several places',
  addedCityIds: [],
  row: { city1: 'Springfield', country1: 'US', city2: 'Kyiv', country2: 'UA' },
  settlement: { state: 'open', by: null, at: null, memberCityId: null, partnerCityId: null, partnershipId: null, created: null, addedCityIds: [], reason: null, corrections: [] },
});

describe('the sides of a reported row left to decide', () => {
  it('are the sides without a chosen city, named by their column', () => {
    const sides = undecidedSides(
      row([
        { column: 'city1', chosenCityId: null, cities: [city('1-IL'), city('2-MA')] },
        { column: 'city2', chosenCityId: '9', cities: [city('9', 'Kyiv')] },
      ]),
    );
    expect(sides).toEqual([{ side: 'member', cities: [city('1-IL'), city('2-MA')] }]);
  });

  it('are named by the columns the import mapped to each side', () => {
    const mapped = { member: 'Town', partner: 'Twin' };
    const sides = undecidedSides(row([{ column: 'Twin', chosenCityId: null, cities: [city('1-IL')] }]), mapped);
    expect(sides).toEqual([{ side: 'partner', cities: [city('1-IL')] }]);
    expect(sideNamedByReason('Twin: country "Atlantis" is not known', mapped)).toBe('partner');
    expect(sideNamedByReason('Twinning: ?', mapped)).toBe('member');
    expect(sideNamedByReason('Town: country "Atlantis" is not known', mapped)).toBe('member');
  });

  it('are none when the row has no candidates (a city not found)', () => {
    expect(undecidedSides(row(undefined))).toEqual([]);
  });
});

describe('a resolution’s sides', () => {
  it('chooses a candidate, or adds a city with its text as typed (country in capitals, a decimal comma read)', () => {
    expect(
      resolutionSides({
        member: { kind: 'choose', cityId: '1-IL' },
        partner: { kind: 'add', city: { name: ' Nova Kakhovka ', countryCode: 'ua', latitude: '46,75', longitude: '33.37' } },
      }),
    ).toEqual([
      { action: 'choose', side: 'member', cityId: '1-IL' },
      { action: 'add-city', side: 'partner', city: { name: 'Nova Kakhovka', countryCode: 'UA', latitude: 46.75, longitude: 33.37 } },
    ]);
  });

  it('sends an empty coordinate as no number (the API then names the field) rather than 0', () => {
    const [side] = resolutionSides({ partner: { kind: 'add', city: { name: 'X', countryCode: 'UA', latitude: '', longitude: '1' } } });
    expect(side).toMatchObject({ city: { latitude: Number.NaN } });
    expect(JSON.stringify(side)).toContain('"latitude":null');
  });
});

describe('the side a reason names', () => {
  it('is read from the column the reason starts with', () => {
    expect(sideNamedByReason('city2: no place named "Nowhereville" in FR')).toBe('partner');
    expect(sideNamedByReason('city1: country "Atlantis" is not known')).toBe('member');
    expect(sideNamedByReason('both sides are one city')).toBe('member');
  });
});

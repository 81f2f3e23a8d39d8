import { importColumnsSchema } from '@scn/contracts';
import { CityMatcher, type GazetteerCity } from './city-matcher';
import { CountryResolver } from './country-resolver';
import { importKeyOf } from './import-key';
import { RowMatcher } from './import-row';

const CITIES: GazetteerCity[] = [
  { id: 'gn:3183719', name: 'Berat', altNames: [], countryCode: 'AL', latitude: 40.7058, longitude: 19.9522 },
  { id: 'gn:752015', name: 'Amasya', altNames: [], countryCode: 'TR', latitude: 40.6499, longitude: 35.8353 },
  { id: 'gn:2643743', name: 'London', altNames: [], countryCode: 'GB', latitude: 51.5085, longitude: -0.1257 },
];
const row = (city1: string, country1: string, city2: string, country2: string, extra: Record<string, string> = {}) => {
  const at: Record<string, [string, string]> = { Berat: ['40.7022', '19.9583'], Amasya: ['40.65', '35.8331'], London: ['51.5', '-0.12'] };
  const [lat1, lng1] = at[city1] ?? ['10', '10'];
  const [lat2, lng2] = at[city2] ?? ['10', '10'];
  return { city1, country1, lat1, lng1, city2, country2, lat2, lng2, ...extra };
};

describe(RowMatcher.name, () => {
  const countries = new CountryResolver();
  const cities = new CityMatcher(CITIES);
  const sut = new RowMatcher(importColumnsSchema.parse({}), countries, cities);

  it('makes a sister-city pair of the two cities, side 1 the member', () => {
    expect(sut.decide(row('Berat', 'Albania', 'Amasya', 'Turkey'))).toMatchObject({
      kind: 'pair',
      key: 'gn:3183719|gn:752015',
      member: { id: 'gn:3183719' },
      partner: { id: 'gn:752015' },
      partnershipKind: 'sister_city',
      startYear: null,
    });
  });

  it('gives a pair listed from either side the same key', () => {
    const there = sut.decide(row('Berat', 'Albania', 'Amasya', 'Turkey'));
    const back = sut.decide(row('Amasya', 'Turkey', 'Berat', 'Albania'));
    expect(there.kind === 'pair' && back.kind === 'pair' && there.key === back.key).toBe(true);
    expect(importKeyOf('gn:2', 'gn:1')).toBe('gn:1|gn:2');
  });

  it('reports every reason a row cannot be imported, naming the column', () => {
    expect(sut.decide(row('Berat', 'Foo', 'Atlantis', 'Turkey'))).toEqual({
      kind: 'problem',
      reason: 'city1: country "Foo" is not known; city2: no city named "Atlantis" in TR near 10.00,10.00',
    });
    expect(sut.decide({ ...row('Berat', 'Albania', 'Amasya', 'Turkey'), lat2: '' })).toEqual({
      kind: 'problem',
      reason: 'city2: missing coordinates of "Amasya"',
    });
    expect(sut.decide({ ...row('Berat', 'Albania', 'Amasya', 'Turkey'), lng1: 'east' })).toEqual({
      kind: 'problem',
      reason: 'city1: coordinates "40.7022,east" of "Berat" are not a latitude and longitude',
    });
    expect(sut.decide(row('', 'Albania', 'Amasya', 'Turkey'))).toEqual({ kind: 'problem', reason: 'city1: city name is missing' });
  });

  it('refuses a pair of one city with itself', () => {
    expect(sut.decide(row('Berat', 'Albania', 'Berat', 'Albania'))).toEqual({
      kind: 'problem',
      reason: 'both sides are the same city: Berat (gn:3183719)',
    });
  });

  it('reads the columns the mapping names, with the kind and the start year', () => {
    const mapped = new RowMatcher(
      importColumnsSchema.parse({ memberCity: 'Town', memberCountry: 'Country', kind: 'Type', startYear: 'Since' }),
      countries,
      cities,
    );
    const record = { ...row('Berat', 'Albania', 'London', 'England'), Town: 'Amasya', Country: 'Turkey', lat1: '40.65', lng1: '35.83' };
    expect(mapped.decide({ ...record, Type: 'Friendship City', Since: '1994' })).toMatchObject({
      kind: 'pair',
      member: { id: 'gn:752015' },
      partner: { id: 'gn:2643743' },
      partnershipKind: 'friendship_city',
      startYear: 1994,
    });
    expect(mapped.decide({ ...record, Type: '', Since: '' })).toMatchObject({ partnershipKind: 'sister_city', startYear: null });
    expect(mapped.decide({ ...record, Type: 'pen pals', Since: 'long ago' })).toEqual({
      kind: 'problem',
      reason: 'Type: kind "pen pals" is not one of sister_city, friendship_city, other; Since: "long ago" is not a past year',
    });
  });

  it('keeps, for a side only the gazetteer lacks, the side as looked for (an import may add its city)', () => {
    const reading = sut.read({ ...row('Berat', 'Albania', 'Nowhere', 'Réunion, France'), lat2: '-21.1', lng2: '55.5' });
    expect(reading.member).toMatchObject({ matched: true, city: { id: 'gn:3183719' } });
    expect(reading.partner).toEqual({
      matched: false,
      column: 'city2',
      reason: 'city2: no city named "Nowhere" in RE or FR near -21.10,55.50',
      unmatched: { name: 'Nowhere', countryCodes: ['RE', 'FR'], partCodes: ['GF', 'GP', 'MQ', 'YT', 'NC', 'PF', 'PM', 'BL', 'MF', 'WF'], latitude: -21.1, longitude: 55.5 },
    });
    // A side unusable whatever the gazetteer holds carries no side to add.
    expect(sut.read(row('Berat', 'Foo', 'Amasya', 'Turkey')).member).toEqual({ matched: false, column: 'city1', reason: 'city1: country "Foo" is not known' });
    expect(sut.read({ ...row('Berat', 'Albania', 'Amasya', 'Turkey'), lat2: '' }).partner).not.toHaveProperty('unmatched');
  });
});

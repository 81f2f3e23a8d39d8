import { CityMatcher, type GazetteerCity } from './city-matcher';
import { looserNameForms, regionInCell } from './city-names';
import { chooseByEvidence, inRegion } from './name-evidence';

const city = (id: string, name: string, countryCode: string, latitude: number, longitude: number, population: number, regionCode: string | null = null, altNames: string[] = []): GazetteerCity => ({
  id,
  name,
  altNames,
  countryCode,
  latitude,
  longitude,
  population,
  regionCode,
});

const SPRINGFIELD_IL = city('gn:4250542', 'Springfield', 'US', 39.8017, -89.6437, 114_394, 'IL');
const SPRINGFIELD_MO = city('gn:4409896', 'Springfield', 'US', 37.2153, -93.2982, 169_176, 'MO');
const SPRINGFIELD_MA = city('gn:4951788', 'Springfield', 'US', 42.1015, -72.5898, 155_929, 'MA');

const GAZETTEER = [
  SPRINGFIELD_IL,
  SPRINGFIELD_MO,
  SPRINGFIELD_MA,
  city('gn:1275339', 'Mumbai', 'IN', 19.0728, 72.8826, 12_691_836, '16', ['Bombay', 'Mumbaī']),
  city('gn:2711537', 'Göteborg', 'SE', 57.7072, 11.9668, 572_799, '28', ['Gothenburg']),
  city('gn:2692969', 'Malmö', 'SE', 55.6059, 13.0007, 301_706, '27'),
  city('gn:2911522', 'Halle (Saale)', 'DE', 51.4828, 11.9697, 238_000, '14'),
  city('gn:2911520', 'Halle (Westf.)', 'DE', 52.0606, 8.3595, 21_000, '07'),
  // Austin was once named Waterloo: a place's own name comes before another's old name.
  city('gn:4671654', 'Austin', 'US', 30.2672, -97.7431, 931_830, 'TX', ['Waterloo']),
  city('gn:4880889', 'Waterloo', 'US', 42.4928, -92.3426, 68_000, 'IA'),
  // The same place recorded twice (the city and, beside it, the seat of its district): one candidate.
  city('gn:2867714', 'München', 'DE', 48.1374, 11.5755, 1_260_391, '02', ['Munich']),
  city('gn:6559171', 'München', 'DE', 48.14, 11.58, 0, '02'),
  city('gn:2636841', 'Stratford-upon-Avon', 'GB', 52.1917, -1.7073, 27_445, 'ENG'),
  city('gn:2614030', 'Newcastle upon Tyne', 'GB', 54.9733, -1.614, 192_382, 'ENG'),
  city('gn:2643123', 'Sankt Gallen', 'CH', 47.4239, 9.3748, 70_572, 'SG', ['St. Gallen']),
  city('gn:3996063', 'San Luis Potosí', 'MX', 22.1498, -100.9792, 677_704, '24'),
  city('gn:3459505', 'Jaboticabal', 'BR', -21.2547, -48.3222, 71_662, '27'),
];

describe('CityMatcher.matchByName (sides without coordinates)', () => {
  const sut = new CityMatcher(GAZETTEER);
  const match = (name: string, country: string, region?: string) => sut.matchByName({ name, countryCodes: [country], ...(region && { region }) });

  it('matches the only place of a name, without diacritics, by an alternate or historic name, and in any case', () => {
    expect(match('Malmo', 'SE')).toMatchObject({ matched: true, city: { id: 'gn:2692969' }, method: 'name', evidence: 'only' });
    expect(match('MALMÖ', 'SE')).toMatchObject({ matched: true, city: { id: 'gn:2692969' } });
    expect(match('Gothenburg', 'SE')).toMatchObject({ matched: true, city: { id: 'gn:2711537' }, method: 'other-name' });
    expect(match('Bombay', 'IN')).toMatchObject({ matched: true, city: { id: 'gn:1275339' } });
    expect(match('Munich', 'DE')).toMatchObject({ matched: true, city: { id: 'gn:2867714' }, evidence: 'only' });
  });

  it('reads common forms: St./Saint/Sankt, -upon-, parenthesised qualifiers', () => {
    expect(match('St. Gallen', 'CH')).toMatchObject({ matched: true, city: { id: 'gn:2643123' } });
    expect(match('Saint Gallen', 'CH')).toMatchObject({ matched: true, city: { id: 'gn:2643123' } });
    expect(match('Stratford upon Avon', 'GB')).toMatchObject({ matched: true, city: { id: 'gn:2636841' } });
    expect(match('Newcastle-upon-Tyne', 'GB')).toMatchObject({ matched: true, city: { id: 'gn:2614030' } });
    expect(match('Jaboticabal (São Paulo)', 'BR')).toMatchObject({ matched: true, city: { id: 'gn:3459505' } });
    expect(match('Saint Luis Potosi', 'MX')).toMatchObject({ matched: true, city: { id: 'gn:3996063' } });
  });

  it('takes a region column or the part after a comma to tell places of one name apart', () => {
    expect(match('Springfield', 'US', 'Illinois')).toMatchObject({ matched: true, city: { id: SPRINGFIELD_IL.id }, evidence: 'region' });
    expect(match('Springfield', 'US', 'MO')).toMatchObject({ matched: true, city: { id: SPRINGFIELD_MO.id }, evidence: 'region' });
    expect(match('Springfield, Massachusetts', 'US')).toMatchObject({ matched: true, city: { id: SPRINGFIELD_MA.id } });
    const chosen = match('Springfield', 'US', 'Illinois');
    expect(chosen.matched && chosen.candidates.map((c) => c.id)).toEqual([SPRINGFIELD_MO.id, SPRINGFIELD_MA.id, SPRINGFIELD_IL.id]);
  });

  it('reports a name several places bear, with nothing to tell them apart, as ambiguous with its candidates', () => {
    const result = match('Springfield', 'US');
    expect(result).toMatchObject({ matched: false, reason: expect.stringContaining('"Springfield" is ambiguous: 3 places of the name in US') });
    expect(!result.matched && result.ambiguous?.map((c) => c.id)).toEqual([SPRINGFIELD_MO.id, SPRINGFIELD_MA.id, SPRINGFIELD_IL.id]);
    // A region the gazetteer does not know changes nothing.
    expect(match('Springfield', 'US', 'Atlantis')).toMatchObject({ matched: false, ambiguous: expect.any(Array) });
  });

  it('takes a place ten times as populous as every other of the name, and says it chose among them', () => {
    expect(match('Halle', 'DE')).toMatchObject({ matched: true, city: { id: 'gn:2911522' }, evidence: 'population', candidates: [{ id: 'gn:2911522' }, { id: 'gn:2911520' }] });
  });

  it("takes a place's own name before another place's other (old) name", () => {
    expect(match('Waterloo', 'US')).toMatchObject({ matched: true, city: { id: 'gn:4880889' }, method: 'name', evidence: 'only' });
  });

  it('reports a name no place bears', () => {
    expect(match('Nowhere', 'SE')).toEqual({ matched: false, reason: 'no city named "Nowhere" in SE' });
  });
});

describe('chooseByEvidence', () => {
  const a = city('x:a', 'A', 'US', 0, 0, 100_000, 'IL');
  const b = city('x:b', 'A', 'US', 1, 1, 10_000, 'MO');
  const c = city('x:c', 'A', 'US', 2, 2, 10_001, 'MO');

  it('needs a clear margin of population', () => {
    expect(chooseByEvidence([b, a])).toMatchObject({ chosen: a, evidence: 'population' });
    expect(chooseByEvidence([c, a]).chosen).toBeUndefined();
    expect(chooseByEvidence([city('x:d', 'A', 'US', 0, 0, 0), city('x:e', 'A', 'US', 1, 1, 0)]).chosen).toBeUndefined();
  });

  it('uses the region first, then population among the places there', () => {
    expect(chooseByEvidence([a, b, c], 'Illinois')).toMatchObject({ chosen: a, evidence: 'region' });
    expect(chooseByEvidence([a, b, c], 'Missouri').chosen).toBeUndefined();
    expect(chooseByEvidence([a, b, city('x:f', 'A', 'US', 3, 3, 500, 'MO')], 'Missouri')).toMatchObject({ chosen: b, evidence: 'region-population' });
  });

  it('knows regions by code and by the names of US states, Canadian provinces, Australian states, UK nations', () => {
    expect(inRegion(a, 'il')).toBe(true);
    expect(inRegion(city('x:g', 'A', 'CA', 0, 0, 1, '08'), 'Ontario')).toBe(true);
    expect(inRegion(city('x:h', 'A', 'GB', 0, 0, 1, 'SCT'), 'Scotland')).toBe(true);
    expect(inRegion(a, 'Missouri')).toBe(false);
  });
});

describe('name forms', () => {
  it('gives the looser forms of a name', () => {
    expect(looserNameForms('Newcastle-upon-Tyne')).toEqual(['Newcastle']);
    expect(looserNameForms('Frankfurt am Main')).toEqual(['Frankfurt']);
    expect(looserNameForms('San Petersburgo')).toContain('saint petersburgo');
    expect(looserNameForms('Malmö')).toEqual([]);
  });

  it('reads a region after a comma', () => {
    expect(regionInCell('Springfield, Illinois')).toBe('Illinois');
    expect(regionInCell('Springfield')).toBeUndefined();
  });
});

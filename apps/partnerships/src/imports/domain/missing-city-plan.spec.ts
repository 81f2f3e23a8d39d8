import { importColumnsSchema } from '@scn/contracts';
import { CityMatcher, type GazetteerCity } from './city-matcher';
import { CountryResolver } from './country-resolver';
import { RowMatcher } from './import-row';
import { MissingCityDrafter } from './missing-city';
import { planMissingCities, type PlannedRow } from './missing-city-plan';

const GAZETTEER: GazetteerCity[] = [
  { id: 'gn:2874225', name: 'Mainz', altNames: [], countryCode: 'DE', latitude: 49.9842, longitude: 8.2791, regionCode: '08', source: 'geonames' },
  { id: 'gn:3183719', name: 'Berat', altNames: [], countryCode: 'AL', latitude: 40.7058, longitude: 19.9522, regionCode: '40', source: 'geonames' },
  { id: 'gn:1', name: 'Einzig', altNames: [], countryCode: 'DE', latitude: 50.0, longitude: 8.0, regionCode: '08', source: 'geonames' },
  { id: 'gn:2', name: 'Nordhof', altNames: [], countryCode: 'DE', latitude: 51.0, longitude: 8.0, regionCode: '07', source: 'geonames' },
  { id: 'gn:3', name: 'Mitteldorf', altNames: [], countryCode: 'DE', latitude: 50.36, longitude: 8.05, regionCode: '08', source: 'geonames' },
];
const MAINZ = { city1: 'Mainz', country1: 'Germany', lat1: '49.98', lng1: '8.28' };
const partnerOfMainz = (city2: string, lat2: number, lng2: number, country2 = 'Germany') => ({ ...MAINZ, city2, country2, lat2: String(lat2), lng2: String(lng2) });

/** A fresh gazetteer, reader and drafter; ids count up so plans compare. */
function setUp(cities: GazetteerCity[] = GAZETTEER) {
  let ids = 0;
  const gazetteer = new CityMatcher(cities);
  const reader = new RowMatcher(importColumnsSchema.parse({ kind: 'kind' }), new CountryResolver(), gazetteer);
  const drafter = new MissingCityDrafter(gazetteer, { timeZoneAt: () => 'Europe/Berlin', newCityId: () => `import:${String(++ids).padStart(36, '0')}` });
  const plan = (rows: PlannedRow[]) => planMissingCities(rows, reader, gazetteer, drafter);
  return { gazetteer, reader, plan };
}
const rows = (...records: Array<Record<string, string>>): PlannedRow[] => records.map((record, i) => ({ rowNumber: i + 2, record }));

describe(planMissingCities.name, () => {
  it('adds one city for the rows naming one new place, and matches the later rows to it', async () => {
    const { plan, reader } = setUp();
    const file = rows(partnerOfMainz('Hechtsheim', 49.95, 8.25), partnerOfMainz('Hechtsheim', 49.96, 8.26), partnerOfMainz('Hechtsheim', 49.97, 8.3));
    const result = await plan(file);
    expect(result.cities).toEqual([expect.objectContaining({ name: 'Hechtsheim', countryCode: 'DE', regionCode: '08', latitude: 49.95 })]);
    expect([...result.additions.keys()]).toEqual([2]);
    expect(result.additions.get(2)).toEqual([
      {
        city: result.cities[0],
        reason: `city2: no city named "Hechtsheim" in DE near 49.95,8.25: added "Hechtsheim" to the gazetteer from the file's coordinates as ${result.cities[0]!.id} (DE, region 08)`,
      },
    ]);
    expect(file.map(({ record }) => reader.decide(record))).toEqual(file.map(() => expect.objectContaining({ kind: 'pair', partner: result.cities[0] })));
    expect(result).toMatchObject({ passes: 2, settled: true, refusals: new Map() });
    // The last pass read every row as the import then writes it (with the new city): it is kept, not read again.
    expect(result.lastReadings).toEqual(new Map(file.map(({ rowNumber, record }) => [rowNumber, reader.read(record)])));
    expect(result.lastReadings.get(2)?.partner).toMatchObject({ matched: true, city: result.cities[0] });
  });

  it('adds nothing for a row that fails for another reason too, or names one new place on both sides', async () => {
    const { plan } = setUp();
    const result = await plan(
      rows(
        { ...partnerOfMainz('Hechtsheim', 49.95, 8.25), country1: 'Atlantis' },
        { ...partnerOfMainz('Hechtsheim', 49.95, 8.25), kind: 'pen pals' },
        { ...partnerOfMainz('Hechtsheim', 49.95, 8.25), lat1: '' },
        { city1: 'Bretzenheim', country1: 'Germany', lat1: '49.97', lng1: '8.24', city2: 'Bretzenheim', country2: 'Germany', lat2: '49.975', lng2: '8.245' },
      ),
    );
    expect(result).toMatchObject({ cities: [], additions: new Map(), refusals: new Map(), settled: true, passes: 1 });
  });

  it('says why the cities a row lacks are not added, naming the column', async () => {
    const { plan } = setUp();
    const result = await plan(rows(partnerOfMainz('Nulltown', 0, 0), { ...partnerOfMainz('Perth', -31.95, 115.86), city1: 'Hechtsheim', lat1: '49.95', lng1: '8.25' }));
    expect(result.cities).toEqual([]);
    expect(result.refusals).toEqual(
      new Map([
        [2, 'city2 not added to the gazetteer: its coordinates 0,0 are a placeholder, not a place'],
        [3, 'city2 not added to the gazetteer: its coordinates are more than 60 km from every gazetteer place in DE'],
      ]),
    );
  });

  it('never takes a row from a place of the gazetteer for a city it adds', async () => {
    // "Einzig" is a name only one place of the gazetteer has: matched 40 km away. A second
    // Einzig added 111 km away does not make the first row's match a shared name's.
    const { plan, reader } = setUp();
    const file = rows(partnerOfMainz('Einzig', 50.36, 8.0), partnerOfMainz('Einzig', 51.0, 8.02));
    const result = await plan(file);
    expect(result.cities.map((city) => [city.name, city.latitude])).toEqual([['Einzig', 51.0]]);
    expect(file.map(({ record }) => reader.decide(record))).toEqual([
      expect.objectContaining({ partner: expect.objectContaining({ id: 'gn:1' }) }),
      expect.objectContaining({ partner: result.cities[0] }),
    ]);
  });

  it('reads the file again until a pass adds nothing, so that a second import adds and changes nothing', async () => {
    // Row 3's "Zweimal" is added after row 2 matched row 1's, 40 km away, as the only city of
    // that name: once there are two, the name is held to 30 km and row 2 needs its own.
    const file = rows(partnerOfMainz('Zweimal', 50.0, 8.5), partnerOfMainz('Zweimal', 50.36, 8.5), partnerOfMainz('Zweimal', 51.0, 8.3));
    const first = setUp();
    const result = await first.plan(file);
    expect(result).toMatchObject({ passes: 3, settled: true });
    expect(result.cities.map((city) => city.latitude)).toEqual([50.0, 51.0, 50.36]);
    expect([...result.additions.keys()]).toEqual([2, 4, 3]);
    const decided = file.map(({ record }) => first.reader.decide(record));
    expect(decided.map((decision) => decision.kind === 'pair' && decision.partner.latitude)).toEqual([50.0, 50.36, 51.0]);

    // A second import reads the gazetteer with the added cities: it adds nothing and decides alike.
    const second = setUp([...GAZETTEER, ...result.cities]);
    expect(await second.plan(file)).toMatchObject({ cities: [], passes: 1, settled: true });
    expect(file.map(({ record }) => second.reader.decide(record))).toEqual(decided);
  });

  it('stops after the passes it is allowed, saying it did not settle', async () => {
    const { reader, gazetteer } = setUp();
    const drafter = new MissingCityDrafter(gazetteer, { timeZoneAt: () => null, newCityId: () => 'import:x' });
    const file = rows(partnerOfMainz('Zweimal', 50.0, 8.5), partnerOfMainz('Zweimal', 50.36, 8.5), partnerOfMainz('Zweimal', 51.0, 8.3));
    const result = await planMissingCities(file, reader, gazetteer, drafter, { maxPasses: 2 });
    expect(result).toMatchObject({ passes: 2, settled: false });
  });

  it('pauses every 500 rows, so the service answers while it reads a large file', async () => {
    const { reader, gazetteer } = setUp();
    const drafter = new MissingCityDrafter(gazetteer, { timeZoneAt: () => null, newCityId: () => 'import:x' });
    let pauses = 0;
    const file = rows(...Array.from({ length: 1_200 }, () => partnerOfMainz('Berat', 40.7, 19.95, 'Albania')));
    const result = await planMissingCities(file, reader, gazetteer, drafter, { pause: async () => void pauses++ });
    expect({ passes: result.passes, pauses }).toEqual({ passes: 1, pauses: 2 });
  });
});

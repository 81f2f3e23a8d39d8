import { CityMatcher, type CitySide, type GazetteerCity } from './city-matcher';
import { isSamePlace, MissingCityDrafter, type NewCity } from './missing-city';

const city = (id: string, name: string, countryCode: string, latitude: number, longitude: number, regionCode: string | null = null, source = 'geonames'): GazetteerCity => ({
  id,
  name,
  altNames: [],
  countryCode,
  latitude,
  longitude,
  regionCode,
  source,
});

const GAZETTEER = [
  city('gn:2874225', 'Mainz', 'DE', 49.9842, 8.2791, '08'),
  city('gn:2800931', 'Brugge', 'BE', 51.2089, 3.2242, 'VLG'),
  city('gn:3018455', 'Halluin', 'FR', 50.7836, 3.1256, '32'),
  city('gn:935264', 'Saint-Denis', 'RE', -20.8823, 55.4504, 'RE'),
  city('gn:2960316', 'Ingelheim', 'DE', 49.9747, 8.0564, '08'),
];

describe(MissingCityDrafter.name, () => {
  let ids = 0;
  const ports = { timeZoneAt: (latitude: number) => (latitude > 0 ? 'Europe/Berlin' : 'Indian/Reunion'), newCityId: () => `import:0190a000-0000-7000-8000-${String(++ids).padStart(12, '0')}` };
  const sut = new MissingCityDrafter(new CityMatcher(GAZETTEER), ports);
  const side = (name: string, countryCodes: string[], latitude: number, longitude: number, partCodes: string[] = []): CitySide => ({ name, countryCodes, partCodes, latitude, longitude });

  it('drafts the city from the file: the name as matched, its coordinates, the country and region of the nearest place', () => {
    const draft = sut.draft(side('Mainz – Hechtsheim', ['DE'], 49.96, 8.28));
    expect(draft).toEqual({
      added: true,
      city: {
        id: expect.stringMatching(/^import:[0-9a-f-]{36}$/),
        name: 'Hechtsheim',
        searchName: 'hechtsheim',
        altNames: [],
        countryCode: 'DE',
        regionCode: '08',
        latitude: 49.96,
        longitude: 8.28,
        population: 0,
        source: 'import',
        timeZone: 'Europe/Berlin',
      },
    });
  });

  it('takes the part of a state the point is in (Réunion for France)', () => {
    const draft = sut.draft(side('Le Port', ['FR'], -20.94, 55.3, ['RE', 'GF']));
    expect(draft).toMatchObject({ added: true, city: { countryCode: 'RE', regionCode: 'RE', timeZone: 'Indian/Reunion' } });
  });

  it('leaves the region unknown when the nearest place is too far to tell it', () => {
    const draft = sut.draft(side('Kleinwald', ['DE'], 50.3, 8.28));
    expect(draft).toMatchObject({ added: true, city: { countryCode: 'DE', regionCode: null } });
  });

  it('searches a bilingual name by each of its names, and an umlaut by its transliteration', () => {
    expect(sut.draft(side('Biel/Bienne', ['DE'], 49.96, 8.28))).toMatchObject({ city: { name: 'Biel/Bienne', altNames: ['biel', 'bienne'] } });
    expect(sut.draft(side('Kleinöd', ['DE'], 49.96, 8.28))).toMatchObject({ city: { searchName: 'kleinod', altNames: ['kleinoed'] } });
  });

  it('adds nothing from a placeholder point, a blank name, or a point outside the country', () => {
    expect(sut.draft(side('Nulltown', ['DE'], 0, 0))).toEqual({ added: false, reason: 'its coordinates 0,0 are a placeholder, not a place' });
    expect(sut.draft(side(' – ', ['DE'], 49.96, 8.28))).toEqual({ added: false, reason: 'the cell gives no name to add' });
    expect(sut.draft(side('Perth', ['DE'], -31.95, 115.86))).toEqual({
      added: false,
      reason: 'its coordinates are more than 60 km from every gazetteer place in DE',
    });
  });

  it('judges a point by the places of GeoNames and staff, never by those an import added', () => {
    const drafter = new MissingCityDrafter(new CityMatcher([...GAZETTEER, city('import:x', 'Faraway', 'DE', 40, 10, null, 'import')]), ports);
    expect(drafter.draft(side('Nearby', ['DE'], 40.1, 10))).toMatchObject({ added: false });
  });

  it('adds nothing where a city of that name lies just across a border: the row gives the wrong country', () => {
    // GeoNames knows Brugge by its French name, Bruges: a row placing "Bruges, France" there is not added.
    const brugge = city('gn:2800931', 'Brugge', 'BE', 51.2089, 3.2242, 'VLG');
    const withOtherName = new MissingCityDrafter(new CityMatcher([...GAZETTEER.filter((c) => c.id !== brugge.id), { ...brugge, altNames: ['bruges'] }]), ports);
    expect(withOtherName.draft(side('Bruges', ['FR'], 51.21, 3.22))).toEqual({
      added: false,
      reason: "Brugge (gn:2800931) in BE, 0 km from its coordinates, has its name: the row's country looks wrong",
    });
    // A place near a border whose name the other side does not have is added to the row's country.
    expect(sut.draft(side('Bruges', ['FR'], 51.21, 3.22))).toMatchObject({ added: true, city: { countryCode: 'FR', regionCode: null } });
  });
});

describe(isSamePlace.name, () => {
  const at = (name: string, countryCode: string, latitude: number): NewCity => ({
    id: `import:${name}${latitude}`,
    name,
    searchName: name.toLowerCase(),
    altNames: [],
    countryCode,
    regionCode: null,
    latitude,
    longitude: 8,
    timeZone: null,
  });

  it('is the same name in the same country within 10 km', () => {
    expect(isSamePlace(at('Foo', 'DE', 50), at('Foo', 'DE', 50.05))).toBe(true);
    expect(isSamePlace(at('Foo', 'DE', 50), at('Foo', 'DE', 50.2))).toBe(false);
    expect(isSamePlace(at('Foo', 'DE', 50), at('Foo', 'FR', 50))).toBe(false);
    expect(isSamePlace(at('Foo', 'DE', 50), at('Bar', 'DE', 50))).toBe(false);
  });
});

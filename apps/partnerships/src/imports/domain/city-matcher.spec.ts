import { CityMatcher, type CitySide, type GazetteerCity } from './city-matcher';

const city = (
  id: string,
  name: string,
  countryCode: string,
  latitude: number,
  longitude: number,
  altNames: string[] = [],
  population = 0,
): GazetteerCity => ({ id, name, altNames, countryCode, latitude, longitude, population });

const GAZETTEER = [
  city('gn:2925533', 'Frankfurt am Main', 'DE', 50.1155, 8.6842),
  city('gn:2925535', 'Frankfurt (Oder)', 'DE', 52.3471, 14.5506),
  city('gn:2925177', 'Freiburg', 'DE', 47.9959, 7.8522),
  city('gn:2886242', 'Köln', 'DE', 50.9333, 6.95, ['koeln', 'cologne', 'colonia']),
  city('gn:2874225', 'Mainz', 'DE', 49.9842, 8.2791),
  city('gn:2809346', 'Wiesbaden', 'DE', 50.0826, 8.24),
  city('gn:2877088', 'Losheim', 'DE', 49.5099, 6.7451),
  city('gn:3034475', 'Bérat', 'FR', 43.3786, 1.1767),
  city('gn:3183719', 'Berat', 'AL', 40.7058, 19.9522),
  city('gn:709161', 'Feodosiya', 'UA', 45.0319, 35.3824),
  city('gn:3533462', 'Acapulco de Juárez', 'MX', 16.8494, -99.9089),
  city('gn:2510911', 'Sevilla', 'ES', 37.3828, -5.9732),
  city('gn:2520645', 'Camas', 'ES', 37.402, -6.0333),
  city('gn:1850147', 'Taitō', 'JP', 35.7126, 139.78),
  city('gn:1850144', 'Tokyo', 'JP', 35.6895, 139.6917),
  city('gn:3094802', 'Otwock', 'PL', 52.1053, 21.2614),
  city('gn:3191281', 'Stari Grad', 'BA', 43.86, 18.43),
  city('gn:3191000', 'Sarajevo', 'BA', 43.8486, 18.3564),
  // GeoNames gives Xuzhou's name to Tongshan next door too, and lists Fuzhou twice.
  city('gn:10630003', 'Xuzhou', 'CN', 34.2044, 117.2839, [], 1_253_991),
  city('gn:1787824', 'Tongshan', 'CN', 34.1805, 117.1571, ['xuzhou'], 329_661),
  city('gn:1810821', 'Fuzhou', 'CN', 26.0614, 119.3061, [], 3_740_000),
  city('gn:8309983', 'Fuzhou', 'CN', 26.0771, 119.2915, ['gulou'], 0),
  city('gn:733905', 'Véroia', 'GR', 40.5244, 22.2024, ['beroia'], 44_464),
  city('gn:733901', 'Vergína', 'GR', 40.4865, 22.3174, ['veria'], 1_242),
  city('gn:2548885', 'Fès', 'MA', 34.0331, -5.0003, ['fez'], 964_891),
  city('gn:2817927', 'Vaihingen an der Enz', 'DE', 48.9327, 8.9567, ['vaihingen'], 28_000),
];

describe(CityMatcher.name, () => {
  const sut = new CityMatcher(GAZETTEER);
  const side = (name: string, countryCodes: string[], latitude: number, longitude: number): CitySide => ({ name, countryCodes, latitude, longitude });
  const matchedId = (s: CitySide) => {
    const match = sut.match(s);
    return match.matched ? match.city.id : match.reason;
  };

  it('matches a name in the country, whatever its accents and case', () => {
    expect(matchedId(side('Berat', ['AL'], 40.7022, 19.9583))).toBe('gn:3183719');
    expect(matchedId(side('BÉRAT', ['FR'], 43.3786, 1.1767))).toBe('gn:3034475');
    expect(matchedId(side('Koeln', ['DE'], 50.93, 6.95))).toBe('gn:2886242');
  });

  it('takes the nearest of the cities sharing a name', () => {
    const oder = sut.match(side('Frankfurt', ['DE'], 52.34, 14.55));
    expect(oder).toMatchObject({ matched: true, method: 'name', city: { id: 'gn:2925535' } });
    expect(matchedId(side('Frankfurt', ['DE'], 50.11, 8.68))).toBe('gn:2925533');
  });

  it('refuses a city of that name too far from the coordinates, saying how far it is', () => {
    expect(matchedId(side('Freiburg', ['DE'], 53.8, 9.3))).toBe(
      'no city named "Freiburg" in DE near 53.80,9.30 (the nearest city of that name is 653 km away)',
    );
  });

  it('takes a name no other city of the country has a little further away, but not a shared one', () => {
    expect(matchedId(side('Freiburg', ['DE'], 48.3, 7.9))).toBe('gn:2925177');
    expect(sut.match(side('Frankfurt', ['DE'], 50.45, 8.68)).matched).toBe(false);
  });

  it('never looks in another country', () => {
    expect(sut.match(side('Berat', ['FR'], 40.7022, 19.9583)).matched).toBe(false);
  });

  it('accepts a spelling a letter or two away, close by only', () => {
    expect(sut.match(side('Feodosia', ['UA'], 45.03, 35.38))).toMatchObject({ matched: true, method: 'spelling', city: { id: 'gn:709161' } });
    expect(matchedId(side('Seville', ['ES'], 37.3772, -5.9869))).toBe('gn:2510911');
    expect(sut.match(side('Feodosia', ['UA'], 45.3, 35.9)).matched).toBe(false);
  });

  it('accepts a longer or shorter form of the name very close by', () => {
    expect(sut.match(side('Acapulco', ['MX'], 16.8636, -99.8825))).toMatchObject({ matched: true, method: 'longer-name' });
    expect(matchedId(side('Losheim am See', ['DE'], 49.51, 6.75))).toBe('gn:2877088');
  });

  it('never takes another name merely because it is near', () => {
    const match = sut.match(side('Tomares', ['ES'], 37.3772, -5.9869));
    expect(match).toEqual({ matched: false, reason: 'no city named "Tomares" in ES near 37.38,-5.99' });
  });

  it('reads the district out of "city – district" and "district (city)"', () => {
    expect(matchedId(side('Tokyo – Taitō', ['JP'], 35.71, 139.78))).toBe('gn:1850147');
    expect(matchedId(side('Stari Grad (Sarajevo)', ['BA'], 43.86, 18.43))).toBe('gn:3191281');
  });

  it('does not take a district named after another city for that city', () => {
    expect(sut.match(side('Wiesbaden – Mainz-Kostheim', ['DE'], 50.0, 8.31)).matched).toBe(false);
  });

  it('does not take an area for its seat, and says it looks like one', () => {
    const match = sut.match(side('Otwock County', ['PL'], 52.1, 21.26));
    expect(match).toEqual({ matched: false, reason: expect.stringMatching(/no city named "Otwock County" in PL .*an area or a district/) });
  });

  it('names every country it looked in', () => {
    const match = sut.match(side('Nowhere', ['RE', 'FR'], -21.1, 55.5));
    expect(match).toEqual({ matched: false, reason: 'no city named "Nowhere" in RE or FR near -21.10,55.50' });
  });

  it('finds a city by another of its names (an exonym), close by', () => {
    expect(sut.match(side('Cologne', ['DE'], 50.94, 6.96))).toMatchObject({ matched: true, method: 'other-name', city: { id: 'gn:2886242' } });
    expect(sut.match(side('Fez', ['MA'], 34.04, -5.0))).toMatchObject({ matched: true, method: 'other-name', city: { id: 'gn:2548885' } });
    // Another name counts only close by: a district of Stuttgart is not the town of that name 25 km away.
    expect(matchedId(side('Vaihingen (Stuttgart)', ['DE'], 48.73, 9.1))).toBe(
      'no city named "Vaihingen (Stuttgart)" in DE near 48.73,9.10 (the nearest city of that name is 25 km away)',
    );
  });

  it('prefers a city of that very name to a neighbour known by it too', () => {
    expect(sut.match(side('Xuzhou', ['CN'], 34.18, 117.16))).toMatchObject({ matched: true, method: 'name', city: { id: 'gn:10630003' } });
  });

  it('prefers a close spelling of the name to a farther place listing it among its other names', () => {
    expect(matchedId(side('Veria', ['GR'], 40.52, 22.2))).toBe('gn:733905');
  });

  it('takes the populated record of a place GeoNames lists twice side by side', () => {
    expect(matchedId(side('Fuzhou', ['CN'], 26.08, 119.29))).toBe('gn:1810821');
  });

  it("looks for a state's city in its parts filed under codes of their own, by distance as ever", () => {
    const overseas = new CityMatcher([...GAZETTEER, city('gn:935264', 'Saint-Denis', 'RE', -20.8823, 55.4504), city('gn:2980916', 'Saint-Denis', 'FR', 48.9362, 2.3574)]);
    const inReunion = overseas.match({ name: 'Saint-Denis', countryCodes: ['FR'], partCodes: ['RE', 'GF'], latitude: -20.88, longitude: 55.45 });
    expect(inReunion).toMatchObject({ matched: true, city: { id: 'gn:935264' } });
    const nearParis = overseas.match({ name: 'Saint-Denis', countryCodes: ['FR'], partCodes: ['RE', 'GF'], latitude: 48.93, longitude: 2.36 });
    expect(nearParis).toMatchObject({ matched: true, city: { id: 'gn:2980916' } });
    // Without the parts, Réunion is not looked in; the reason names only the file's country.
    expect(overseas.match({ name: 'Saint-Denis', countryCodes: ['FR'], latitude: -20.88, longitude: 55.45 })).toMatchObject({ matched: false });
    expect(overseas.match({ name: 'Nowhere', countryCodes: ['FR'], partCodes: ['RE'], latitude: -20.88, longitude: 55.45 })).toEqual({
      matched: false,
      reason: 'no city named "Nowhere" in FR near -20.88,55.45',
    });
  });

  it('matches a city included after it was built, as one built with it', () => {
    const grown = new CityMatcher(GAZETTEER);
    const village = city('import:0190a000-0000-7000-8000-000000000001', 'Kleinöd', 'DE', 47.91, 11.43);
    expect(grown.match(side('Kleinod', ['DE'], 47.9, 11.4)).matched).toBe(false);
    grown.include(village);
    expect(grown.match(side('Kleinod', ['DE'], 47.9, 11.4))).toMatchObject({ matched: true, method: 'name', city: { id: village.id } });
    // By likeness too, which walks the cities sorted by latitude.
    expect(grown.match(side('Kleinoed', ['DE'], 47.91, 11.43))).toMatchObject({ matched: true, city: { id: village.id } });
  });

  it('looks at cities imports added only when no place of the gazetteer matches', () => {
    const added = { ...city('import:0190a000-0000-7000-8000-000000000002', 'Feodosia', 'UA', 45.04, 35.39), source: 'import' };
    const withAdded = new CityMatcher([...GAZETTEER, added]);
    // GeoNames' Feodosiya, a letter away, beats the added city of that very name.
    expect(withAdded.match(side('Feodosia', ['UA'], 45.03, 35.38))).toMatchObject({ matched: true, method: 'spelling', city: { id: 'gn:709161' } });
    // Where the gazetteer has nothing close enough, the added city is found.
    expect(withAdded.match(side('Feodosia', ['UA'], 45.3, 35.6))).toMatchObject({ matched: true, method: 'name', city: { id: added.id } });
    expect(withAdded.match(side('Feodosia', ['UA'], 47, 35.6))).toEqual({
      matched: false,
      reason: 'no city named "Feodosia" in UA near 47.00,35.60 (the nearest city of that name is 219 km away)',
    });
  });

  it('finds the nearest city of some countries within a radius, and the countries with one near a point', () => {
    const mainz = { latitude: 49.99, longitude: 8.27 };
    expect(sut.nearest(mainz, ['DE'], 10)).toEqual({ city: expect.objectContaining({ id: 'gn:2874225' }), distanceKm: expect.any(Number) });
    expect(sut.nearest(mainz, ['DE'], 15, (c) => c.id !== 'gn:2874225')).toMatchObject({ city: { id: 'gn:2809346' } });
    expect(sut.nearest(mainz, ['FR'], 100)).toBeUndefined();
    expect(sut.nearest(mainz, ['DE'], 0.5)).toBeUndefined();
    // Berat (AL) and Bérat (FR) are 1,500 km apart; Sarajevo's Stari Grad is in BA.
    expect(sut.countriesNear({ latitude: 43.85, longitude: 18.4 }, 20)).toEqual(['BA']);
    expect(sut.countriesNear({ latitude: 0, longitude: 0 }, 500)).toEqual([]);
    // Across the antimeridian: Taveuni (FJ, 179.97° E) is 11 km from a point at 179.93° W.
    const pacific = new CityMatcher([city('gn:2198148', 'Taveuni', 'FJ', -16.85, 179.97), city('gn:4034821', 'Mata-Utu', 'WF', -13.28, -176.17)]);
    expect(pacific.countriesNear({ latitude: -16.85, longitude: -179.93 }, 20)).toEqual(['FJ']);
  });

  it('finds cities near a point across the edges of its latitude bands and the antimeridian, the first read of equally near ones first', () => {
    const edges = new CityMatcher([
      city('gn:north', 'Nordkante', 'DE', 50.02, 8.0),
      city('gn:south', 'Suedkante', 'DE', 49.97, 8.0),
      city('gn:east', 'Ostende', 'FJ', -16.85, -179.99),
      city('gn:west', 'Westende', 'FJ', -16.85, 179.99),
      city('gn:twin-1', 'Zwilling', 'AT', 47.5, 13.0),
      city('gn:twin-2', 'Zwilling', 'AT', 47.5, 13.0),
    ]);
    // 50° is a band's edge: cities just north and south of it are found from either side.
    expect(edges.nearest({ latitude: 50.001, longitude: 8.0 }, ['DE'], 10)?.city.id).toBe('gn:north');
    expect(edges.nearest({ latitude: 49.98, longitude: 8.0 }, ['DE'], 10)?.city.id).toBe('gn:south');
    expect(edges.nearest({ latitude: 50.03, longitude: 8.0 }, ['DE'], 10, (c) => c.id !== 'gn:north')?.city.id).toBe('gn:south');
    // Either side of the antimeridian.
    expect(edges.nearest({ latitude: -16.85, longitude: 179.999 }, ['FJ'], 5)?.city.id).toBe('gn:west');
    expect(edges.nearest({ latitude: -16.85, longitude: -179.999 }, ['FJ'], 5)?.city.id).toBe('gn:east');
    expect(edges.nearest({ latitude: -16.85, longitude: 179.999 }, ['FJ'], 5, (c) => c.id !== 'gn:west')?.city.id).toBe('gn:east');
    // Two records at one point: the one read first, then one included later before it.
    expect(edges.nearest({ latitude: 47.5, longitude: 13.0 }, ['AT'], 1)?.city.id).toBe('gn:twin-1');
    edges.include({ ...city('import:twin-3', 'Zwilling', 'AT', 47.5, 13.0), source: 'import' });
    edges.include(city('gn:twin-4', 'Zwilling', 'AT', 47.5, 13.0));
    expect(edges.nearest({ latitude: 47.5, longitude: 13.0 }, ['AT'], 1)?.city.id).toBe('gn:twin-4');
  });
});

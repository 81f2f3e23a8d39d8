import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CountryResolver } from './country-resolver';

const REAL_FILE = path.resolve(__dirname, '../../../../../../shared/data/twin_cities.csv');

describe(CountryResolver.name, () => {
  const sut = new CountryResolver();
  /** The file's countries only (the parts filed under codes of their own have their own test). */
  const codesOf = (country: string, cityCell?: string) => {
    const resolved = sut.resolve(country, cityCell);
    return 'codes' in resolved ? { codes: resolved.codes } : resolved;
  };

  it('knows the ISO names whatever their case and accents', () => {
    expect(codesOf('France')).toEqual({ codes: ['FR'] });
    expect(codesOf('  GERMANY ')).toEqual({ codes: ['DE'] });
    expect(codesOf('Bosnia and Herzegovina')).toEqual({ codes: ['BA'] });
    expect(codesOf('Sao Tome and Principe')).toEqual({ codes: ['ST'] });
    expect(codesOf('São Tomé and Príncipe')).toEqual({ codes: ['ST'] });
  });

  it.each([
    ['England', 'GB'],
    ['Scotland', 'GB'],
    ['Wales', 'GB'],
    ['Northern Ireland', 'GB'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['Georgia (country)', 'GE'],
    ['Georgia', 'GE'],
    ['Republic of Ireland', 'IE'],
    ['Kosovo', 'XK'],
    ['Czech Republic', 'CZ'],
    ['Czechia', 'CZ'],
    ['Macedonia', 'MK'],
    ['North Macedonia', 'MK'],
    ['Ivory Coast', 'CI'],
    ['Palestine', 'PS'],
    ['Taiwan', 'TW'],
    ['Vatican', 'VA'],
    ['Republic of the Congo', 'CG'],
    ['Democratic Republic of the Congo', 'CD'],
    ['Burma', 'MM'],
    ['Moldova', 'MD'],
    ['Syria', 'SY'],
    ['Laos', 'LA'],
    ['Northern Cyprus', 'CY'],
  ])('reads the Wikipedia form "%s" as %s', (name, code) => {
    expect(codesOf(name)).toEqual({ codes: [code] });
  });

  it('looks for a part written "part, state" in the part first, then the state', () => {
    expect(codesOf('England, United Kingdom')).toEqual({ codes: ['GB'] });
    expect(codesOf('Réunion, France')).toEqual({ codes: ['RE', 'FR'] });
    expect(codesOf('Lower Saxony, Germany')).toEqual({ codes: ['DE'] });
  });

  it('also looks in the parts of a state that GeoNames files under codes of their own', () => {
    expect(sut.resolve('France')).toEqual({ codes: ['FR'], partCodes: ['RE', 'GF', 'GP', 'MQ', 'YT', 'NC', 'PF', 'PM', 'BL', 'MF', 'WF'] });
    expect(sut.resolve('Finland')).toEqual({ codes: ['FI'], partCodes: ['AX'] });
    // Réunion named with its state: Réunion first, then France and its other parts (not Réunion twice).
    expect(sut.resolve('Réunion, France')).toEqual({ codes: ['RE', 'FR'], partCodes: ['GF', 'GP', 'MQ', 'YT', 'NC', 'PF', 'PM', 'BL', 'MF', 'WF'] });
    expect(sut.resolve('Germany')).toEqual({ codes: ['DE'], partCodes: [] });
  });

  it('reads a blank country from the city cell when it ends with one, else says it is missing', () => {
    expect(codesOf('', 'Varna, Bulgaria')).toEqual({ codes: ['BG'] });
    expect(codesOf(' ', 'Falkland Islands')).toEqual({ reason: 'country is missing' });
  });

  it('names a country it does not know', () => {
    expect(codesOf('Foo')).toEqual({ reason: 'country "Foo" is not known' });
    expect(codesOf('Atlantis, Neverland')).toEqual({ reason: 'country "Atlantis, Neverland" is not known' });
  });

  (existsSync(REAL_FILE) ? it : it.skip)('resolves every country the public list of twin towns names', () => {
    const rows = parse(readFileSync(REAL_FILE), { columns: true }) as Array<Record<string, string>>;
    const unknown = new Set<string>();
    for (const row of rows) {
      for (const [country, city] of [[row['country1']!, row['city1']!], [row['country2']!, row['city2']!]] as const) {
        const resolved = sut.resolve(country, city);
        if ('reason' in resolved && country.trim()) unknown.add(country);
      }
    }
    expect([...unknown]).toEqual([]);
  });
});

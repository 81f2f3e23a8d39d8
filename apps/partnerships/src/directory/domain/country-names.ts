import countries from 'i18n-iso-countries';
import { normalizeName } from '../../gazetteer/domain/normalize-name';

let byName: Map<string, Set<string>> | undefined;

/** Every country name the package knows, in every language it ships, normalized like city names. */
function namesIndex(): Map<string, Set<string>> {
  if (byName) return byName;
  byName = new Map();
  for (const language of countries.langs()) {
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' }))) {
      for (const name of names) {
        const key = normalizeName(name);
        if (key) (byName.get(key) ?? byName.set(key, new Set()).get(key)!).add(code);
      }
    }
  }
  return byName;
}

/**
 * The countries a free-text query names: a whole country name in any language the
 * package ships ("Germany", "Deutschland", "Allemagne", "USA") or an ISO 3166-1
 * alpha-2 code ("de"). Partial names never match (typing "ger" must not list every
 * German partnership). Alpha-3 codes are left out: too many are common syllables ("can").
 */
export function countriesNamedBy(query: string): string[] {
  const normalized = normalizeName(query);
  const codes = new Set(namesIndex().get(normalized) ?? []);
  const code = normalized.toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && countries.isValid(code)) codes.add(code);
  return [...codes].sort();
}

/** English name of a country code, for the statistics (null when the code is unknown). */
export function countryName(code: string): string | null {
  return countries.getName(code, 'en') ?? null;
}

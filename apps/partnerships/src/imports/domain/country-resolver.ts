import { getNames } from 'i18n-iso-countries';
import { COUNTRY_ALIASES } from './country-aliases';
import { overseasPartsOf } from './overseas-parts';
import { normalizeName } from '../../gazetteer/domain/normalize-name';

/**
 * The countries to look for a city in (most specific first) and the parts of them GeoNames
 * files under codes of their own (looked in too), or why there are none.
 */
export type CountryResolution = { codes: string[]; partCodes: string[] } | { reason: string };

/**
 * Turns the country names of a file into ISO 3166 alpha-2 codes: the English ISO names and
 * their usual variants (i18n-iso-countries), then the aliases lists of twin towns use.
 * Accents, case and punctuation do not matter.
 */
export class CountryResolver {
  private readonly byName = new Map<string, string>();

  constructor(aliases: Readonly<Record<string, string>> = COUNTRY_ALIASES) {
    for (const [code, names] of Object.entries(getNames('en', { select: 'all' }))) {
      for (const name of names) this.byName.set(normalizeName(name), code);
    }
    for (const [name, code] of Object.entries(aliases)) this.byName.set(normalizeName(name), code);
  }

  /** One name → its code, or undefined. */
  code(name: string): string | undefined {
    return this.byName.get(normalizeName(name));
  }

  /**
   * The countries of one side of a row. "Réunion, France" is looked for in RE, then FR
   * (GeoNames files overseas parts under their own code); "England, United Kingdom" in GB.
   * A blank country is read from the city cell when it ends with one ("Varna, Bulgaria").
   * "France" is also looked for in Réunion, French Guiana… (see `OVERSEAS_PARTS`).
   */
  resolve(country: string, cityCell = ''): CountryResolution {
    const codes = this.codesOf(country, cityCell);
    return 'reason' in codes ? codes : { codes, partCodes: overseasPartsOf(codes) };
  }

  private codesOf(country: string, cityCell: string): string[] | { reason: string } {
    const text = country.trim();
    if (!text) {
      const comma = cityCell.lastIndexOf(',');
      const fromCity = comma > 0 ? this.code(cityCell.slice(comma + 1)) : undefined;
      return fromCity ? [fromCity] : { reason: 'country is missing' };
    }
    const whole = this.code(text);
    if (whole) return [whole];
    const parts = text.split(',').map((part) => part.trim());
    const codes = [parts[0]!, parts[parts.length - 1]!].map((part) => this.code(part)).filter((code) => code !== undefined);
    return codes.length ? [...new Set(codes)] : { reason: `country "${text}" is not known` };
  }
}

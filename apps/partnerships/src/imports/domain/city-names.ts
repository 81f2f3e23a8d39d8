import { normalizeName } from '../../gazetteer/domain/normalize-name';

// How names of a file and names of the gazetteer are compared. Lists of twin towns write
// names their own way ("Kempten" for GeoNames' "Kempten (Allgäu)", "Malacca City" for
// "Malacca", "Glynneath" for "Glyn-neath", "Tokyo – Taitō" for the ward of Taitō): each
// name is turned into a few keys, and two names match when a key is shared.

/** Abbreviations written either way ("St. Ingbert", "Sankt Ingbert", "Saint Ingbert"). */
const TOKEN_SYNONYMS = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['sankt', 'saint'],
  ['mt', 'mount'],
  ['ft', 'fort'],
]);
/** Words around a name that do not change which place it is. */
const LEADING_NOISE = ['ciudad', 'heroica', 'city of'].map((noise) => noise.split(' '));
const TRAILING_NOISE = ['city'];

/**
 * Words naming an area rather than a town ("Otwock County", "Strășeni District",
 * "Heidenheim (district)"): such a name is only ever matched exactly, never by likeness,
 * so a county is not taken for its seat.
 */
const AREA_WORDS = new Set([
  'county', 'district', 'region', 'province', 'oblast', 'raion', 'rayon', 'prefecture', 'department', 'departement',
  'state', 'canton', 'voivodeship', 'powiat', 'gmina', 'kreis', 'landkreis', 'okrug', 'ao', 'governorate', 'parish',
  'borough', 'township', 'shire', 'regency', 'krai', 'kraj', 'okres', 'municipio',
]);
const ROMAN_NUMERAL = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

/** The file's or the gazetteer's name in comparable words: normalized, abbreviations spelled out. */
export function nameWords(name: string): string[] {
  const normalized = normalizeName(name);
  return normalized ? normalized.split(' ').map((word) => TOKEN_SYNONYMS.get(word) ?? word) : [];
}

/** The words without the noise around a name ("ciudad", "city"), when something is left; `words` itself when there is none. */
function coreWords(words: string[]): string[] {
  let core = words;
  for (const noise of LEADING_NOISE) {
    if (core.length > noise.length && noise.every((word, i) => core[i] === word)) core = core.slice(noise.length);
  }
  for (const noise of TRAILING_NOISE) {
    if (core.length > 1 && core[core.length - 1] === noise) core = core.slice(0, -1);
  }
  return core;
}

/** Keys compared exactly: spaces dropped, so "Glyn-neath" and "Glynneath" share one. */
export function exactKeys(name: string): string[] {
  const words = nameWords(name);
  if (!words.length) return [];
  const whole = words.join('');
  const core = coreWords(words);
  // Most names have no noise around them: one key, no second join (the gazetteer's
  // ~580,000 names are keyed when an import starts).
  if (core === words) return [whole];
  const coreKey = core.join('');
  return coreKey === whole ? [whole] : [whole, coreKey];
}

/** A word of an area or district: a name with one is never matched by likeness. */
export function namesAnArea(name: string): boolean {
  return nameWords(name).some((word) => AREA_WORDS.has(word) || ROMAN_NUMERAL.test(word) || /^\d+$/.test(word));
}

/**
 * A cell naming a part of a city ("Tokyo – Taitō", "Košice-Juh (Košice)"): districts
 * are often compounds ("Mainz-Kostheim" is in Wiesbaden), so a longer form of a name is
 * not looked for.
 */
export function namesAPartOfACity(cell: string): boolean {
  return /\s[–—]\s|\(/.test(cell);
}

/**
 * The names a file's city cell may stand for, most specific first:
 * "Stari Grad (Sarajevo)" → "Stari Grad" (the parenthesis names the parent city);
 * "Tokyo – Taitō" → "Taitō" (the district after the dash is the partner);
 * "Córdoba, Bolívar" → "Córdoba" (the region after the comma);
 * "Biel/Bienne" → "Biel", "Bienne" (bilingual names).
 * A parenthesis naming an area ("Heidenheim (district)") is kept: the cell names the area.
 */
export function nameVariants(cell: string): string[] {
  const name = cell.trim();
  const dashed = name.split(/\s+[–—]\s+/);
  let base = dashed[dashed.length - 1]!.trim();
  const parenthesis = /\(([^)]*)\)/.exec(base);
  if (parenthesis && !namesAnArea(parenthesis[1]!)) base = base.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const comma = base.indexOf(',');
  if (comma > 0) base = base.slice(0, comma).trim();
  const variants = [base, ...base.split('/').map((part) => part.trim())].filter((variant) => variant.length > 0);
  return [...new Set(variants)];
}

/** The names a gazetteer city is known by, for the keys: its name, without a parenthesis, and its other names. */
export function gazetteerNames(name: string, altNames: readonly string[]): string[] {
  const withoutParenthesis = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return [...new Set([name, withoutParenthesis, ...altNames].filter((n) => n.length > 0))];
}

/** First words of a saint's name, written differently from one language to the next. */
const SAINT_WORDS = ['saint', 'sainte', 'san', 'santo', 'santa', 'sao', 'sankt', 'st', 'ste'];
/** Words joining a town's name to its river or region ("Stratford-upon-Avon", "Frankfurt am Main"). */
const QUALIFIER_JOINS = /[\s-]+(?:upon|on|under|am|an der|sur|sous|nad|pod)[\s-]+\S.*$/i;

/**
 * Looser forms of a file's name, tried only when no place bears the name as written (a
 * side without coordinates): the saint's word in the other languages' forms
 * ("San Petersburgo" → "Saint Petersburgo", "St. Gallen" → "Sankt Gallen"), and the town's
 * name without the river or region it is "upon" ("Newcastle-upon-Tyne" → "Newcastle").
 */
export function looserNameForms(variant: string): string[] {
  const forms: string[] = [];
  const words = normalizeName(variant).split(' ');
  if (words.length > 1 && SAINT_WORDS.includes(words[0]!)) {
    for (const saint of SAINT_WORDS) if (saint !== words[0]) forms.push([saint, ...words.slice(1)].join(' '));
  }
  const withoutQualifier = variant.replace(QUALIFIER_JOINS, '').trim();
  if (withoutQualifier && withoutQualifier !== variant.trim()) forms.push(withoutQualifier);
  return [...new Set(forms)];
}

/** The region a cell names after a comma ("Springfield, Illinois" → "Illinois"), if any. */
export function regionInCell(cell: string): string | undefined {
  const comma = cell.indexOf(',');
  const region = comma > 0 ? cell.slice(comma + 1).trim() : '';
  return region || undefined;
}

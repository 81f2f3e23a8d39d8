// Twin of apps/partnerships/prisma/seed/normalize-name.js, which the gazetteer seed runs in
// plain Node (the compiled service cannot reach that folder). Both MUST stay identical:
// normalize-name.spec.ts compares them on every name of the gazetteer.

/** Letters that carry no combining mark once decomposed, so NFKD alone leaves them. */
const FOLDED_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ə: 'e',
};
const FOLDED_LETTER = new RegExp(`[${Object.keys(FOLDED_LETTERS).join('')}]`, 'g');
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Apostrophes (and the ʻokina) vanish: "N'Djamena" is searched as "ndjamena".
const APOSTROPHES = /['’‘`ʻʼ]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * The searchable form of a city name, as stored in `cities.search_name`: lower-case,
 * accents removed, punctuation turned into single spaces ("Saint-Étienne" → "saint
 * etienne", "Łódź" → "lodz"). Match a name against the gazetteer through this.
 */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(FOLDED_LETTER, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * Other spellings a name is searched by (`cities.alt_names`), normalized: the German
 * transliteration of umlauts ("Köln" is also "koeln") when it differs.
 */
export function alternateSpellings(name: string): string[] {
  const lower = name.toLowerCase().normalize('NFC');
  if (!/[äöü]/.test(lower)) return [];
  const transliterated = normalizeName(lower.replace(/[äöü]/g, (letter) => UMLAUTS[letter] ?? letter));
  return transliterated === normalizeName(name) ? [] : [transliterated];
}

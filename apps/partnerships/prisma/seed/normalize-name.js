// How city names are made searchable: used by the gazetteer seed (plain Node, no TypeScript).
// The service has a TypeScript twin (apps/partnerships/src/gazetteer/domain/normalize-name.ts):
// a compiled service cannot reach this folder at run time. Both MUST stay identical;
// normalize-name.spec.ts checks them against each other on every name of the gazetteer.
'use strict';

/** Letters that carry no combining mark once decomposed, so NFKD alone leaves them. */
const FOLDED_LETTERS = {
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
 * The searchable form of a name: lower-case, accents removed, punctuation turned into
 * single spaces ("Saint-Étienne" → "saint etienne", "Łódź" → "lodz").
 */
function normalizeName(name) {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(FOLDED_LETTER, (letter) => FOLDED_LETTERS[letter])
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

const UMLAUTS = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * Other spellings a name is searched by, normalized: the German transliteration of
 * umlauts ("Köln" is also "koeln") when it differs from the plain normalized name.
 */
function alternateSpellings(name) {
  const lower = name.toLowerCase().normalize('NFC');
  if (!/[äöü]/.test(lower)) return [];
  const transliterated = normalizeName(lower.replace(/[äöü]/g, (letter) => UMLAUTS[letter]));
  return transliterated === normalizeName(name) ? [] : [transliterated];
}

module.exports = { normalizeName, alternateSpellings };

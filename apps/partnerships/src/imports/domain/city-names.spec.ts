import { exactKeys, gazetteerNames, namesAnArea, namesAPartOfACity, nameVariants, nameWords } from './city-names';
import { normalizeName } from '../../gazetteer/domain/normalize-name';

const sameKey = (a: string, b: string) => exactKeys(a).some((key) => exactKeys(b).includes(key));

describe('city names', () => {
  it('normalizes like the gazetteer: case, accents, apostrophes and punctuation', () => {
    expect(normalizeName('Saint-Étienne')).toBe('saint etienne');
    expect(normalizeName('Łódź')).toBe('lodz');
    expect(normalizeName("Karmi’el")).toBe('karmiel');
    expect(normalizeName('  Bagnoles-de-l\'Orne   Normandie ')).toBe('bagnoles de lorne normandie');
    expect(normalizeName('Großenhain')).toBe('grossenhain');
  });

  it('spells out abbreviations', () => {
    expect(nameWords('St. Ingbert')).toEqual(['saint', 'ingbert']);
    expect(sameKey('St. Ingbert', 'Sankt Ingbert')).toBe(true);
    expect(sameKey('Mt. Vernon', 'Mount Vernon')).toBe(true);
  });

  it('gives names written with or without spaces and hyphens one key', () => {
    expect(sameKey('Glynneath', 'Glyn-neath')).toBe(true);
    expect(sameKey('Yamatotakada', 'Yamato-Takada')).toBe(true);
    expect(sameKey('Montegiardino', 'Monte Giardino')).toBe(true);
  });

  it('drops the words around a name that do not change the place', () => {
    expect(sameKey('Malacca City', 'Malacca')).toBe(true);
    expect(sameKey('Ciudad Lázaro Cárdenas', 'Lázaro Cárdenas')).toBe(true);
    expect(sameKey('Quezon City', 'Quezon City')).toBe(true);
    expect(sameKey('Cape Town', 'Cape')).toBe(false);
  });

  it('reads the specific name out of a cell', () => {
    expect(nameVariants('Stari Grad (Sarajevo)')).toEqual(['Stari Grad']);
    expect(nameVariants('Tokyo – Taitō')).toEqual(['Taitō']);
    expect(nameVariants('Córdoba, Bolívar')).toEqual(['Córdoba']);
    expect(nameVariants('Biel/Bienne')).toEqual(['Biel/Bienne', 'Biel', 'Bienne']);
    expect(nameVariants('Heidenheim (district)')).toEqual(['Heidenheim (district)']);
    expect(nameVariants('  ')).toEqual([]);
  });

  it('tells areas and parts of cities from towns', () => {
    expect(namesAnArea('Otwock County')).toBe(true);
    expect(namesAnArea('Strășeni District')).toBe(true);
    expect(namesAnArea('Budapest XV')).toBe(true);
    expect(namesAnArea('Vienna 2 – Leopoldstadt')).toBe(true);
    expect(namesAnArea('Civitavecchia')).toBe(false);
    expect(namesAnArea('Losheim am See')).toBe(false);
    expect(namesAPartOfACity('Košice-Juh (Košice)')).toBe(true);
    expect(namesAPartOfACity('Wiesbaden – Mainz-Kostheim')).toBe(true);
    expect(namesAPartOfACity('Mainz')).toBe(false);
  });

  it('knows a gazetteer city by its name with and without its parenthesis', () => {
    expect(gazetteerNames('Kempten (Allgäu)', ['kempten allgaeu'])).toEqual(['Kempten (Allgäu)', 'Kempten', 'kempten allgaeu']);
  });
});

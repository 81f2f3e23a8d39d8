import de from './messages/de.json';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import deWork from './messages/work/de.json';
import enWork from './messages/work/en.json';
import esWork from './messages/work/es.json';
import frWork from './messages/work/fr.json';
import { pickLocale } from './locales';

/** The first words of the ids only work pages use: they belong in the work catalogue. */
const WORK_PREFIXES = ['staff', 'partner', 'ops', 'staffPrograms', 'staffMatching', 'staffReview', 'review', 'member', 'agreements'];

describe('the console languages', () => {
  it('has every message in all four catalogues', () => {
    const keys = Object.keys(en).sort();
    for (const catalogue of [es, fr, de]) expect(Object.keys(catalogue).sort()).toEqual(keys);
    const workKeys = Object.keys(enWork).sort();
    for (const catalogue of [esWork, frWork, deWork]) expect(Object.keys(catalogue).sort()).toEqual(workKeys);
  });

  it('keeps the work pages\' words out of the first catalogue, and each id in one catalogue only', () => {
    const prefix = (id: string) => id.split('.')[0] ?? '';
    expect(Object.keys(en).filter((id) => WORK_PREFIXES.includes(prefix(id)))).toEqual([]);
    expect(Object.keys(enWork).filter((id) => !WORK_PREFIXES.includes(prefix(id)))).toEqual([]);
  });

  it('uses the language chosen before, else the first browser language it speaks, else English', () => {
    expect(pickLocale('de', ['fr-FR'])).toBe('de');
    expect(pickLocale(null, ['pt-BR', 'fr-CA', 'en'])).toBe('fr');
    expect(pickLocale('xx', ['ja'])).toBe('en');
  });
});

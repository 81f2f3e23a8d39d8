import de from './messages/de.json';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import { pickLocale } from './locales';

describe('the console languages', () => {
  it('has every message in all four catalogues', () => {
    const keys = Object.keys(en).sort();
    for (const catalogue of [es, fr, de]) expect(Object.keys(catalogue).sort()).toEqual(keys);
  });

  it('uses the language chosen before, else the first browser language it speaks, else English', () => {
    expect(pickLocale('de', ['fr-FR'])).toBe('de');
    expect(pickLocale(null, ['pt-BR', 'fr-CA', 'en'])).toBe('fr');
    expect(pickLocale('xx', ['ja'])).toBe('en');
  });
});
